using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
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
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "is_last",
                table: "participations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // ADR 023: the database marks each person's first participation in a structure and, once
            // all have ended, the last; the ESF report reads the marks.
            migrationBuilder.Sql(@"UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1));");
            migrationBuilder.Sql(@"CREATE TRIGGER participations_flags_insert AFTER INSERT ON participations BEGIN
UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1))
WHERE structure_id = NEW.structure_id AND beneficiary_id = NEW.beneficiary_id;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER participations_flags_update AFTER UPDATE OF structure_id, beneficiary_id, entry_date, exit_date ON participations BEGIN
UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1))
WHERE structure_id = NEW.structure_id AND beneficiary_id = NEW.beneficiary_id;
UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1))
WHERE structure_id = OLD.structure_id AND beneficiary_id = OLD.beneficiary_id;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER participations_flags_delete AFTER DELETE ON participations BEGIN
UPDATE participations SET is_first = (id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.entry_date, q.id LIMIT 1)),
    is_last = (exit_date IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id AND q.exit_date IS NULL)
        AND id = (SELECT q.id FROM participations q WHERE q.structure_id = participations.structure_id AND q.beneficiary_id = participations.beneficiary_id ORDER BY q.exit_date DESC, q.id DESC LIMIT 1))
WHERE structure_id = OLD.structure_id AND beneficiary_id = OLD.beneficiary_id;
END;");

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
            migrationBuilder.Sql("DROP TRIGGER participations_flags_insert; DROP TRIGGER participations_flags_update; DROP TRIGGER participations_flags_delete;");
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
