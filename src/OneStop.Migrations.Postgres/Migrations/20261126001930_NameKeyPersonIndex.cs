using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NameKeyPersonIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id",
                table: "beneficiary_name_keys");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id_key",
                table: "beneficiary_name_keys",
                columns: new[] { "beneficiary_id", "key" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id_key",
                table: "beneficiary_name_keys");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id",
                table: "beneficiary_name_keys",
                column: "beneficiary_id");
        }
    }
}
