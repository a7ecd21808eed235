using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
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
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "structure_id",
                table: "visit_services",
                type: "integer",
                nullable: true);

            // ADR 080: each service row carries its visit's day and structure, copied by triggers.
            migrationBuilder.Sql(@"UPDATE visit_services s SET day = v.day, structure_id = v.structure_id FROM visits v WHERE v.id = s.visit_id;");
            migrationBuilder.Sql(@"CREATE FUNCTION visit_services_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    SELECT v.day, v.structure_id INTO NEW.day, NEW.structure_id FROM visits v WHERE v.id = NEW.visit_id;
    RETURN NEW;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER visit_services_place BEFORE INSERT OR UPDATE OF visit_id ON visit_services FOR EACH ROW EXECUTE FUNCTION visit_services_place();");
            migrationBuilder.Sql(@"CREATE FUNCTION visits_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE visit_services SET day = NEW.day, structure_id = NEW.structure_id WHERE visit_id = NEW.id;
    RETURN NULL;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER visits_place AFTER UPDATE OF day, structure_id ON visits FOR EACH ROW EXECUTE FUNCTION visits_place();");

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
            migrationBuilder.Sql("DROP TRIGGER visit_services_place ON visit_services; DROP TRIGGER visits_place ON visits; DROP FUNCTION visit_services_place(); DROP FUNCTION visits_place();");
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
