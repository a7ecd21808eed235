using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class NamePairs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "beneficiary_name_pairs",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    beneficiary_id = table.Column<int>(type: "integer", nullable: false),
                    pair = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_name_pairs", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiary_name_pairs_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // The pairs of the people already registered (SearchKeys.Pairs, ADR 008).
            migrationBuilder.Sql(@"
INSERT INTO beneficiary_name_pairs (beneficiary_id, pair)
SELECT DISTINCT a.beneficiary_id,
       CASE WHEN substr(a.key, 1, 3) COLLATE ""C"" <= substr(b.key, 1, 3) COLLATE ""C""
            THEN substr(a.key, 1, 3) || substr(b.key, 1, 3)
            ELSE substr(b.key, 1, 3) || substr(a.key, 1, 3) END
FROM beneficiary_name_keys a
JOIN beneficiary_name_keys b ON b.beneficiary_id = a.beneficiary_id AND a.id < b.id
WHERE length(a.key) >= 3 AND length(b.key) >= 3;");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_beneficiary_id",
                table: "beneficiary_name_pairs",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id",
                table: "beneficiary_name_pairs",
                columns: new[] { "pair", "beneficiary_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "beneficiary_name_pairs");
        }
    }
}
