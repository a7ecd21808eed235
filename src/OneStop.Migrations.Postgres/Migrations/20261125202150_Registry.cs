using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    municipality_id = table.Column<int>(type: "integer", nullable: false),
                    partition = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    father_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mother_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    latin_last_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    latin_first_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    gender = table.Column<int>(type: "integer", nullable: true),
                    amka = table.Column<string>(type: "character varying(11)", maxLength: 11, nullable: true),
                    afm = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    id_document_type = table.Column<int>(type: "integer", nullable: true),
                    id_document_number = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    languages = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    phone_reversed = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    residence_municipality = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    disability = table.Column<int>(type: "integer", nullable: true),
                    foreign_background = table.Column<int>(type: "integer", nullable: true),
                    minority = table.Column<int>(type: "integer", nullable: true),
                    homeless = table.Column<int>(type: "integer", nullable: true),
                    other_disadvantaged = table.Column<int>(type: "integer", nullable: true),
                    third_country_national = table.Column<bool>(type: "boolean", nullable: true),
                    rural = table.Column<bool>(type: "boolean", nullable: true),
                    privacy_notice_given_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    privacy_notice_given_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    merged_into_id = table.Column<int>(type: "integer", nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    survivor_id = table.Column<int>(type: "integer", nullable: false),
                    merged_id = table.Column<int>(type: "integer", nullable: false),
                    merged_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    merged_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    undo_data = table.Column<string>(type: "text", nullable: false),
                    undone_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    undone_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_dismissals",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    first_id = table.Column<int>(type: "integer", nullable: false),
                    second_id = table.Column<int>(type: "integer", nullable: false),
                    dismissed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    dismissed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_dismissals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: false),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<int>(type: "integer", nullable: false),
                    linked_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    linked_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: false),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    purpose = table.Column<int>(type: "integer", nullable: false),
                    given = table.Column<bool>(type: "boolean", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    expires = table.Column<DateOnly>(type: "date", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
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
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: false),
                    relationship = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "date", nullable: true),
                    member_beneficiary_id = table.Column<int>(type: "integer", nullable: true)
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
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    structure_id = table.Column<int>(type: "integer", nullable: false),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: true),
                    anonymous_gender = table.Column<int>(type: "integer", nullable: true),
                    anonymous_age_band = table.Column<int>(type: "integer", nullable: true),
                    anonymous_nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    channel = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    axis = table.Column<int>(type: "integer", nullable: false),
                    outcome = table.Column<int>(type: "integer", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    day = table.Column<DateOnly>(type: "date", nullable: false),
                    staff_user_id = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    staff_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "integer", nullable: false)
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
                    visit_id = table.Column<long>(type: "bigint", nullable: false),
                    service_id = table.Column<int>(type: "integer", nullable: false)
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
