using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Registry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "beneficiaries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    municipality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    partition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    father_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    mother_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    latin_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    latin_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    gender = table.Column<int>(type: "INTEGER", nullable: true),
                    amka = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    afm = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    id_document_type = table.Column<int>(type: "INTEGER", nullable: true),
                    id_document_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    phone_reversed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    residence_municipality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    disability = table.Column<int>(type: "INTEGER", nullable: true),
                    foreign_background = table.Column<int>(type: "INTEGER", nullable: true),
                    minority = table.Column<int>(type: "INTEGER", nullable: true),
                    homeless = table.Column<int>(type: "INTEGER", nullable: true),
                    other_disadvantaged = table.Column<int>(type: "INTEGER", nullable: true),
                    third_country_national = table.Column<bool>(type: "INTEGER", nullable: true),
                    rural = table.Column<bool>(type: "INTEGER", nullable: true),
                    privacy_notice_given_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    privacy_notice_given_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    merged_into_id = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiaries_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_merges",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    survivor_id = table.Column<int>(type: "INTEGER", nullable: false),
                    merged_id = table.Column<int>(type: "INTEGER", nullable: false),
                    merged_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    merged_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    undo_data = table.Column<string>(type: "TEXT", nullable: false),
                    undone_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    undone_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_dismissals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    first_id = table.Column<int>(type: "INTEGER", nullable: false),
                    second_id = table.Column<int>(type: "INTEGER", nullable: false),
                    dismissed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dismissed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_dismissals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<int>(type: "INTEGER", nullable: false),
                    linked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    linked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiary_links_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_beneficiary_links_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_name_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_name_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiary_name_keys_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    given = table.Column<bool>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_consents_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consents_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    member_beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_members_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_household_members_beneficiaries_member_beneficiary_id",
                        column: x => x.member_beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_gender = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_age_band = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    axis = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    staff_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_visits_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visits_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visit_services",
                columns: table => new
                {
                    visit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    service_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_services", x => new { x.visit_id, x.service_id });
                    table.ForeignKey(
                        name: "fk_visit_services_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_services_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_merged_into_id",
                table: "beneficiaries",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_municipality_id_birth_date",
                table: "beneficiaries",
                columns: new[] { "municipality_id", "birth_date" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_partition_afm",
                table: "beneficiaries",
                columns: new[] { "partition", "afm" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_partition_amka",
                table: "beneficiaries",
                columns: new[] { "partition", "amka" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_phone_reversed",
                table: "beneficiaries",
                column: "phone_reversed");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_links_beneficiary_id_structure_id",
                table: "beneficiary_links",
                columns: new[] { "beneficiary_id", "structure_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_links_structure_id_beneficiary_id",
                table: "beneficiary_links",
                columns: new[] { "structure_id", "beneficiary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_merges_merged_id",
                table: "beneficiary_merges",
                column: "merged_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_merges_survivor_id",
                table: "beneficiary_merges",
                column: "survivor_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id",
                table: "beneficiary_name_keys",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id",
                table: "beneficiary_name_keys",
                columns: new[] { "key", "beneficiary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_consents_beneficiary_id",
                table: "consents",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_consents_structure_id",
                table: "consents",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_dismissals_first_id_second_id",
                table: "duplicate_dismissals",
                columns: new[] { "first_id", "second_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_household_members_beneficiary_id",
                table: "household_members",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_members_member_beneficiary_id",
                table: "household_members",
                column: "member_beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_visit_services_service_id",
                table: "visit_services",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_visits_beneficiary_id",
                table: "visits",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_visits_structure_id_day_occurred_at",
                table: "visits",
                columns: new[] { "structure_id", "day", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "beneficiary_links");

            migrationBuilder.DropTable(
                name: "beneficiary_merges");

            migrationBuilder.DropTable(
                name: "beneficiary_name_keys");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "duplicate_dismissals");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "visit_services");

            migrationBuilder.DropTable(
                name: "visits");

            migrationBuilder.DropTable(
                name: "beneficiaries");
        }
    }
}
