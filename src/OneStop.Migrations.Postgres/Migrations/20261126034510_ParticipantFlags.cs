using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ParticipantFlags : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "is_first",
                table: "participations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_last",
                table: "participations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // ADR 023: the database marks each person's first participation in a structure and, once
            // all have ended, the last; the ESF report reads the marks.
            migrationBuilder.Sql(@"UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1));");
            migrationBuilder.Sql(@"CREATE FUNCTION participations_flags(s integer, b integer) RETURNS void LANGUAGE sql AS $$
UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1))
WHERE structure_id = s AND beneficiary_id = b;
$$;");
            migrationBuilder.Sql(@"CREATE FUNCTION participations_flags_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN PERFORM participations_flags(NEW.structure_id, NEW.beneficiary_id); END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN PERFORM participations_flags(OLD.structure_id, OLD.beneficiary_id); END IF;
    RETURN NULL;
END $$;");
            migrationBuilder.Sql(@"CREATE TRIGGER participations_flags AFTER INSERT OR DELETE OR UPDATE OF structure_id, beneficiary_id, entry_date, exit_date
ON participations FOR EACH ROW EXECUTE FUNCTION participations_flags_trigger();");

            migrationBuilder.CreateIndex(
                name: "ix_participations_is_first_entry_date",
                table: "participations",
                columns: new[] { "is_first", "entry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_beneficiary_id_is_last",
                table: "participations",
                columns: new[] { "structure_id", "beneficiary_id", "is_last" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER participations_flags ON participations; DROP FUNCTION participations_flags_trigger(); DROP FUNCTION participations_flags(integer, integer);");
            migrationBuilder.DropIndex(
                name: "ix_participations_is_first_entry_date",
                table: "participations");

            migrationBuilder.DropIndex(
                name: "ix_participations_structure_id_beneficiary_id_is_last",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "is_first",
                table: "participations");

            migrationBuilder.DropColumn(
                name: "is_last",
                table: "participations");
        }
    }
}
