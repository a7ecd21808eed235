using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Portal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "documents_el",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "documents_en",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "eligibility_el",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "eligibility_en",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary_el",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "summary_en",
                table: "programmes",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appointment_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    preferred_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    window = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_codes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    appointment_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    handled_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointment_requests_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligibility_rules",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    field = table.Column<int>(type: "INTEGER", nullable: false),
                    @operator = table.Column<int>(name: "operator", type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligibility_rules_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_structure_id_status",
                table: "appointment_requests",
                columns: new[] { "structure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_rules_programme_id",
                table: "eligibility_rules",
                column: "programme_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appointment_requests");

            migrationBuilder.DropTable(
                name: "eligibility_rules");

            migrationBuilder.DropColumn(
                name: "documents_el",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "documents_en",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "eligibility_el",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "eligibility_en",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "summary_el",
                table: "programmes");

            migrationBuilder.DropColumn(
                name: "summary_en",
                table: "programmes");
        }
    }
}
