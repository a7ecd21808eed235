using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_afm",
                table: "beneficiaries",
                column: "afm");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_amka",
                table: "beneficiaries",
                column: "amka");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_beneficiaries_afm",
                table: "beneficiaries");

            migrationBuilder.DropIndex(
                name: "ix_beneficiaries_amka",
                table: "beneficiaries");
        }
    }
}
