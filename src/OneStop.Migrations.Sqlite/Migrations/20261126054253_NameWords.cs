using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class NameWords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id",
                table: "beneficiary_name_pairs");

            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id",
                table: "beneficiary_name_keys");

            migrationBuilder.AddColumn<string>(
                name: "words",
                table: "beneficiary_name_pairs",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "words",
                table: "beneficiary_name_keys",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // The words of the people already registered (SearchKeys.Words, ADR 081).
            migrationBuilder.Sql(@"
UPDATE beneficiary_name_keys SET words = COALESCE((SELECT group_concat(' ' || o.key, '') FROM beneficiary_name_keys o WHERE o.beneficiary_id = beneficiary_name_keys.beneficiary_id), '');
UPDATE beneficiary_name_pairs SET words = COALESCE((SELECT group_concat(' ' || o.key, '') FROM beneficiary_name_keys o WHERE o.beneficiary_id = beneficiary_name_pairs.beneficiary_id), '');");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id_words",
                table: "beneficiary_name_pairs",
                columns: new[] { "pair", "beneficiary_id", "words" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id_words",
                table: "beneficiary_name_keys",
                columns: new[] { "key", "beneficiary_id", "words" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id_words",
                table: "beneficiary_name_pairs");

            migrationBuilder.DropIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id_words",
                table: "beneficiary_name_keys");

            migrationBuilder.DropColumn(
                name: "words",
                table: "beneficiary_name_pairs");

            migrationBuilder.DropColumn(
                name: "words",
                table: "beneficiary_name_keys");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id",
                table: "beneficiary_name_pairs",
                columns: new[] { "pair", "beneficiary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id",
                table: "beneficiary_name_keys",
                columns: new[] { "key", "beneficiary_id" });
        }
    }
}
