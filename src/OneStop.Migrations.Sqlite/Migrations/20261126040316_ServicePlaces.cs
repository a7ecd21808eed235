using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ServicePlaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "day",
                table: "visit_services",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "structure_id",
                table: "visit_services",
                type: "INTEGER",
                nullable: true);

            // ADR 080: each service row carries its visit's day and structure, copied by triggers.
            migrationBuilder.Sql(@"UPDATE visit_services SET day = (SELECT v.day FROM visits v WHERE v.id = visit_services.visit_id),
    structure_id = (SELECT v.structure_id FROM visits v WHERE v.id = visit_services.visit_id);");
            migrationBuilder.Sql(@"CREATE TRIGGER visit_services_place AFTER INSERT ON visit_services BEGIN
UPDATE visit_services SET day = (SELECT v.day FROM visits v WHERE v.id = NEW.visit_id), structure_id = (SELECT v.structure_id FROM visits v WHERE v.id = NEW.visit_id)
WHERE visit_id = NEW.visit_id AND service_id = NEW.service_id;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER visits_place AFTER UPDATE OF day, structure_id ON visits BEGIN
UPDATE visit_services SET day = NEW.day, structure_id = NEW.structure_id WHERE visit_id = NEW.id;
END;");

            migrationBuilder.CreateIndex(
                name: "ix_visits_day_structure_id_reason",
                table: "visits",
                columns: new[] { "day", "structure_id", "reason" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_services_day_structure_id_service_id",
                table: "visit_services",
                columns: new[] { "day", "structure_id", "service_id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER visit_services_place; DROP TRIGGER visits_place;");
            migrationBuilder.DropIndex(
                name: "ix_visits_day_structure_id_reason",
                table: "visits");

            migrationBuilder.DropIndex(
                name: "ix_visit_services_day_structure_id_service_id",
                table: "visit_services");

            migrationBuilder.DropColumn(
                name: "day",
                table: "visit_services");

            migrationBuilder.DropColumn(
                name: "structure_id",
                table: "visit_services");
        }
    }
}
