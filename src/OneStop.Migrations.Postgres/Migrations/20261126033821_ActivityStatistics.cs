using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ActivityStatistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_visits_day_structure_id_channel_axis_beneficiary_id",
                table: "visits",
                columns: new[] { "day", "structure_id", "channel", "axis", "beneficiary_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_visits_day_structure_id_channel_axis_beneficiary_id",
                table: "visits");
        }
    }
}
