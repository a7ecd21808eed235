using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Cases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_calendar_feeds_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    opened_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    opened_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    from_visit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cases_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_visits_from_visit_id",
                        column: x => x.from_visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: true),
                    starts_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    booked_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    booked_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_asp_net_users_staff_user_id",
                        column: x => x.staff_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_appointments_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_applications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    external_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_applications_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_applications_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_documents_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    ciphertext = table.Column<string>(type: "TEXT", nullable: false),
                    written_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_notes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_services",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    service_id = table.Column<int>(type: "INTEGER", nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_services_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_services_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_status_changes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_workers",
                columns: table => new
                {
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_workers", x => new { x.case_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_case_workers_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_workers_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "needs_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_assessments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    domain = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_goals_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_application_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_application_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_application_status_changes_case_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "case_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "needs_assessment_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    domain = table.Column<int>(type: "INTEGER", nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs_assessment_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_assessment_items_needs_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "needs_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    goal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    responsible_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    responsible_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_actions_asp_net_users_responsible_user_id",
                        column: x => x.responsible_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_beneficiary_id",
                table: "appointments",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_case_id",
                table: "appointments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_staff_user_id_starts_at",
                table: "appointments",
                columns: new[] { "staff_user_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_structure_id_starts_at",
                table: "appointments",
                columns: new[] { "structure_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_token_hash",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_application_status_changes_application_id",
                table: "case_application_status_changes",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_applications_case_id_status",
                table: "case_applications",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_case_applications_programme_id",
                table: "case_applications",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_documents_case_id",
                table: "case_documents",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id",
                table: "case_notes",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_services_case_id_delivered_on",
                table: "case_services",
                columns: new[] { "case_id", "delivered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_case_services_service_id",
                table: "case_services",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_status_changes_case_id",
                table: "case_status_changes",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_workers_user_id",
                table: "case_workers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_beneficiary_id_structure_id",
                table: "cases",
                columns: new[] { "beneficiary_id", "structure_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_from_visit_id",
                table: "cases",
                column: "from_visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_structure_id_status",
                table: "cases",
                columns: new[] { "structure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_needs_assessment_items_assessment_id_domain",
                table: "needs_assessment_items",
                columns: new[] { "assessment_id", "domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_needs_assessments_case_id_assessed_on",
                table: "needs_assessments",
                columns: new[] { "case_id", "assessed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_case_id_status_due_on",
                table: "plan_actions",
                columns: new[] { "case_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_goal_id",
                table: "plan_actions",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_responsible_user_id_status_due_on",
                table: "plan_actions",
                columns: new[] { "responsible_user_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_case_id",
                table: "plan_goals",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "calendar_feeds");

            migrationBuilder.DropTable(
                name: "case_application_status_changes");

            migrationBuilder.DropTable(
                name: "case_documents");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "case_services");

            migrationBuilder.DropTable(
                name: "case_status_changes");

            migrationBuilder.DropTable(
                name: "case_workers");

            migrationBuilder.DropTable(
                name: "needs_assessment_items");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "case_applications");

            migrationBuilder.DropTable(
                name: "needs_assessments");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "cases");
        }
    }
}
