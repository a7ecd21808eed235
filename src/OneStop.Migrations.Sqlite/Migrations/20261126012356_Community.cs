using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Community : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    axis = table.Column<int>(type: "INTEGER", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    facilitators = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligibility_lists",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    max_per_period = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    enforced = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_lists", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligibility_lists_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_eligibility_lists_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sync_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target_id = table.Column<long>(type: "INTEGER", nullable: true),
                    synced_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "activity_sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    activity_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_sessions_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "distribution_rounds",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    anonymous_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distribution_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_distribution_rounds_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distribution_rounds_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligible_households",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligible_households", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligible_households_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_eligible_households_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_attendance",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    visit_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_attendance_activity_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "activity_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_attendance_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_attendance_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_head_counts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<int>(type: "INTEGER", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: false),
                    age_band = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_head_counts", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_head_counts_activity_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "activity_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "distributions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    round_id = table.Column<int>(type: "INTEGER", nullable: true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    parcels = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    signature = table.Column<int>(type: "INTEGER", nullable: false),
                    signature_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    overrides_rule = table.Column<bool>(type: "INTEGER", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    staff_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distributions", x => x.id);
                    table.ForeignKey(
                        name: "fk_distributions_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_distribution_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "distribution_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_stored_files_signature_file_id",
                        column: x => x.signature_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_structure_id",
                table: "activities",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_sessions_activity_id_day",
                table: "activity_sessions",
                columns: new[] { "activity_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rounds_list_id",
                table: "distribution_rounds",
                column: "list_id");

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rounds_structure_id_day",
                table: "distribution_rounds",
                columns: new[] { "structure_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_distributions_beneficiary_id",
                table: "distributions",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_list_id_beneficiary_id_day",
                table: "distributions",
                columns: new[] { "list_id", "beneficiary_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_distributions_round_id",
                table: "distributions",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_signature_file_id",
                table: "distributions",
                column: "signature_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_structure_id_day",
                table: "distributions",
                columns: new[] { "structure_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_lists_programme_id",
                table: "eligibility_lists",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_lists_structure_id_name",
                table: "eligibility_lists",
                columns: new[] { "structure_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_eligible_households_beneficiary_id",
                table: "eligible_households",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_eligible_households_list_id_beneficiary_id",
                table: "eligible_households",
                columns: new[] { "list_id", "beneficiary_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_beneficiary_id",
                table: "session_attendance",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_session_id_beneficiary_id",
                table: "session_attendance",
                columns: new[] { "session_id", "beneficiary_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_visit_id",
                table: "session_attendance",
                column: "visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_head_counts_session_id_gender_age_band",
                table: "session_head_counts",
                columns: new[] { "session_id", "gender", "age_band" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sync_records_user_id_client_id",
                table: "sync_records",
                columns: new[] { "user_id", "client_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "distributions");

            migrationBuilder.DropTable(
                name: "eligible_households");

            migrationBuilder.DropTable(
                name: "session_attendance");

            migrationBuilder.DropTable(
                name: "session_head_counts");

            migrationBuilder.DropTable(
                name: "sync_records");

            migrationBuilder.DropTable(
                name: "distribution_rounds");

            migrationBuilder.DropTable(
                name: "activity_sessions");

            migrationBuilder.DropTable(
                name: "eligibility_lists");

            migrationBuilder.DropTable(
                name: "activities");
        }
    }
}
