using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class EsfParticipation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    entry_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    labour_status = table.Column<int>(type: "INTEGER", nullable: true),
                    unemployed_months = table.Column<int>(type: "INTEGER", nullable: true),
                    isced = table.Column<int>(type: "INTEGER", nullable: true),
                    disability = table.Column<int>(type: "INTEGER", nullable: true),
                    foreign_background = table.Column<int>(type: "INTEGER", nullable: true),
                    minority = table.Column<int>(type: "INTEGER", nullable: true),
                    homeless = table.Column<int>(type: "INTEGER", nullable: true),
                    other_disadvantaged = table.Column<int>(type: "INTEGER", nullable: true),
                    third_country_national = table.Column<bool>(type: "INTEGER", nullable: true),
                    rural = table.Column<bool>(type: "INTEGER", nullable: true),
                    exit_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    exit_situation = table.Column<int>(type: "INTEGER", nullable: true),
                    qualification_gained = table.Column<bool>(type: "INTEGER", nullable: true),
                    follow_up_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    situation6m = table.Column<int>(type: "INTEGER", nullable: true),
                    improved6m = table.Column<bool>(type: "INTEGER", nullable: true),
                    follow_up_recorded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participations", x => x.id);
                    table.ForeignKey(
                        name: "fk_participations_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participations_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_participations_beneficiary_id",
                table: "participations",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_beneficiary_id_entry_date",
                table: "participations",
                columns: new[] { "structure_id", "beneficiary_id", "entry_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_entry_date",
                table: "participations",
                columns: new[] { "structure_id", "entry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_external_id",
                table: "participations",
                columns: new[] { "structure_id", "external_id" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_follow_up_due",
                table: "participations",
                columns: new[] { "structure_id", "follow_up_due" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "participations");
        }
    }
}
