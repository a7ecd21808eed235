using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "partner_organizations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    hsds_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    municipality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_organizations", x => x.id);
                    table.ForeignKey(
                        name: "fk_partner_organizations_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_partner_organizations_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "publicity_actions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    reach = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_publicity_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_publicity_actions_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_partners",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    organization_id = table.Column<int>(type: "INTEGER", nullable: true),
                    form = table.Column<int>(type: "INTEGER", nullable: false),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_partners", x => x.id);
                    table.ForeignKey(
                        name: "fk_network_partners_partner_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "partner_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_network_partners_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "partner_services",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    hsds_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    organization_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    eligibility = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    fees = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    schedule = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    city = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    accessibility = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    verified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_partner_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_partner_services_partner_organizations_organization_id",
                        column: x => x.organization_id,
                        principalTable: "partner_organizations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "network_meetings",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    partner_id = table.Column<int>(type: "INTEGER", nullable: true),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    participants = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    minutes = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_meetings", x => x.id);
                    table.ForeignKey(
                        name: "fk_network_meetings_network_partners_partner_id",
                        column: x => x.partner_id,
                        principalTable: "network_partners",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_network_meetings_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    from_structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    to_structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    to_partner_service_id = table.Column<int>(type: "INTEGER", nullable: true),
                    reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    shared_fields = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    legal_basis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    consent_id = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    decline_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    sent_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    accepted_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    completed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    link_nonce = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    link_expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referrals", x => x.id);
                    table.ForeignKey(
                        name: "fk_referrals_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_consents_consent_id",
                        column: x => x.consent_id,
                        principalTable: "consents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_referrals_partner_services_to_partner_service_id",
                        column: x => x.to_partner_service_id,
                        principalTable: "partner_services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_structures_from_structure_id",
                        column: x => x.from_structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_referrals_structures_to_structure_id",
                        column: x => x.to_structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "network_attachments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    meeting_id = table.Column<int>(type: "INTEGER", nullable: true),
                    publicity_action_id = table.Column<int>(type: "INTEGER", nullable: true),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_network_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_network_attachments_network_meetings_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "network_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_network_attachments_publicity_actions_publicity_action_id",
                        column: x => x.publicity_action_id,
                        principalTable: "publicity_actions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_network_attachments_stored_files_file_id",
                        column: x => x.file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_network_attachments_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "referral_status_changes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    referral_id = table.Column<int>(type: "INTEGER", nullable: false),
                    from_status = table.Column<int>(type: "INTEGER", nullable: true),
                    to_status = table.Column<int>(type: "INTEGER", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_referral_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_referral_status_changes_referrals_referral_id",
                        column: x => x.referral_id,
                        principalTable: "referrals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_network_attachments_file_id",
                table: "network_attachments",
                column: "file_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_attachments_meeting_id",
                table: "network_attachments",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_attachments_publicity_action_id",
                table: "network_attachments",
                column: "publicity_action_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_attachments_structure_id",
                table: "network_attachments",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_meetings_partner_id",
                table: "network_meetings",
                column: "partner_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_meetings_structure_id_date",
                table: "network_meetings",
                columns: new[] { "structure_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_network_partners_organization_id",
                table: "network_partners",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_network_partners_structure_id",
                table: "network_partners",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_organizations_municipality_id_hsds_id",
                table: "partner_organizations",
                columns: new[] { "municipality_id", "hsds_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_partner_organizations_municipality_id_name",
                table: "partner_organizations",
                columns: new[] { "municipality_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_partner_organizations_structure_id",
                table: "partner_organizations",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_services_hsds_id",
                table: "partner_services",
                column: "hsds_id");

            migrationBuilder.CreateIndex(
                name: "ix_partner_services_organization_id",
                table: "partner_services",
                column: "organization_id");

            migrationBuilder.CreateIndex(
                name: "ix_publicity_actions_structure_id_date",
                table: "publicity_actions",
                columns: new[] { "structure_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_referral_status_changes_referral_id_at",
                table: "referral_status_changes",
                columns: new[] { "referral_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_beneficiary_id",
                table: "referrals",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_consent_id",
                table: "referrals",
                column: "consent_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_from_structure_id_status",
                table: "referrals",
                columns: new[] { "from_structure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_partner_service_id",
                table: "referrals",
                column: "to_partner_service_id");

            migrationBuilder.CreateIndex(
                name: "ix_referrals_to_structure_id_status",
                table: "referrals",
                columns: new[] { "to_structure_id", "status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "network_attachments");

            migrationBuilder.DropTable(
                name: "referral_status_changes");

            migrationBuilder.DropTable(
                name: "network_meetings");

            migrationBuilder.DropTable(
                name: "publicity_actions");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "network_partners");

            migrationBuilder.DropTable(
                name: "partner_services");

            migrationBuilder.DropTable(
                name: "partner_organizations");
        }
    }
}
