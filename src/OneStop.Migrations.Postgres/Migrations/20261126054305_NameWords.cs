using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "words",
                table: "beneficiary_name_keys",
                type: "text",
                nullable: false,
                defaultValue: "");

            // The words of the people already registered (SearchKeys.Words, ADR 081).
            migrationBuilder.Sql(@"
UPDATE beneficiary_name_keys k SET words = w.words
FROM (SELECT beneficiary_id, string_agg(' ' || key, '' ORDER BY id) AS words FROM beneficiary_name_keys GROUP BY beneficiary_id) w
WHERE w.beneficiary_id = k.beneficiary_id;
UPDATE beneficiary_name_pairs p SET words = w.words
FROM (SELECT beneficiary_id, string_agg(' ' || key, '' ORDER BY id) AS words FROM beneficiary_name_keys GROUP BY beneficiary_id) w
WHERE w.beneficiary_id = p.beneficiary_id;");

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
