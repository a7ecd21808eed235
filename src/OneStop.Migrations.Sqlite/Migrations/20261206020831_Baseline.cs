using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OneStop.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    preferred_culture = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    action = table.Column<int>(type: "INTEGER", nullable: false),
                    entity_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true),
                    changes = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_merges",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    survivor_id = table.Column<int>(type: "INTEGER", nullable: false),
                    merged_id = table.Column<int>(type: "INTEGER", nullable: false),
                    merged_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    merged_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    undo_data = table.Column<string>(type: "TEXT", nullable: false),
                    undone_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    undone_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_merges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "duplicate_dismissals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    first_id = table.Column<int>(type: "INTEGER", nullable: false),
                    second_id = table.Column<int>(type: "INTEGER", nullable: false),
                    dismissed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    dismissed_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_duplicate_dismissals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "municipalities",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_municipalities", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "programmes",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    name_el = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    summary_el = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    summary_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    eligibility_el = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    eligibility_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    documents_el = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    documents_en = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_programmes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "structure_types",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    name_el = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    sort_order = table.Column<int>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_structure_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sync_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    client_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    target_id = table.Column<long>(type: "INTEGER", nullable: true),
                    synced_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sync_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "AspNetRoles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feeds",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feeds", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_calendar_feeds_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    specialty = table.Column<int>(type: "INTEGER", nullable: false),
                    contract_type = table.Column<int>(type: "INTEGER", nullable: false),
                    contract_start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    contract_end = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    weekly_hours = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_members_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "beneficiaries",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    municipality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    partition = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    father_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    mother_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    latin_last_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    latin_first_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    gender = table.Column<int>(type: "INTEGER", nullable: true),
                    amka = table.Column<string>(type: "TEXT", maxLength: 11, nullable: true),
                    afm = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    id_document_type = table.Column<int>(type: "INTEGER", nullable: true),
                    id_document_number = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    phone_reversed = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    residence_municipality = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    disability = table.Column<int>(type: "INTEGER", nullable: true),
                    foreign_background = table.Column<int>(type: "INTEGER", nullable: true),
                    minority = table.Column<int>(type: "INTEGER", nullable: true),
                    homeless = table.Column<int>(type: "INTEGER", nullable: true),
                    other_disadvantaged = table.Column<int>(type: "INTEGER", nullable: true),
                    third_country_national = table.Column<bool>(type: "INTEGER", nullable: true),
                    rural = table.Column<bool>(type: "INTEGER", nullable: true),
                    privacy_notice_given_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    privacy_notice_given_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    merged_into_id = table.Column<int>(type: "INTEGER", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiaries", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiaries_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligibility_rules",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    field = table.Column<int>(type: "INTEGER", nullable: false),
                    @operator = table.Column<int>(name: "operator", type: "INTEGER", nullable: false),
                    value = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_rules", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligibility_rules_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "structures",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    structure_type_id = table.Column<int>(type: "INTEGER", nullable: false),
                    parent_id = table.Column<int>(type: "INTEGER", nullable: true),
                    municipality_id = table.Column<int>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    postal_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_protected = table.Column<bool>(type: "INTEGER", nullable: false),
                    accessibility = table.Column<int>(type: "INTEGER", nullable: false),
                    accessibility_notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    regulation_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_structures", x => x.id);
                    table.ForeignKey(
                        name: "fk_structures_municipalities_municipality_id",
                        column: x => x.municipality_id,
                        principalTable: "municipalities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_structures_stored_files_regulation_file_id",
                        column: x => x.regulation_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_structures_structure_types_structure_type_id",
                        column: x => x.structure_type_id,
                        principalTable: "structure_types",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_structures_structures_parent_id",
                        column: x => x.parent_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_leave",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    staff_member_id = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<int>(type: "INTEGER", nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_leave", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_leave_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_name_keys",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    words = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_name_keys", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiary_name_keys_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_name_pairs",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    pair = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    words = table.Column<string>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "household_members",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    relationship = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    member_beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_household_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_household_members_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_household_members_beneficiaries_member_beneficiary_id",
                        column: x => x.member_beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "activities",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    axis = table.Column<int>(type: "INTEGER", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    facilitators = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_activities_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "appointment_requests",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    topic = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    preferred_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    window = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_codes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    requested_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    appointment_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    handled_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointment_requests_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_links",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<int>(type: "INTEGER", nullable: false),
                    linked_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    linked_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_links", x => x.id);
                    table.ForeignKey(
                        name: "fk_beneficiary_links_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_beneficiary_links_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    purpose = table.Column<int>(type: "INTEGER", nullable: false),
                    given = table.Column<bool>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    expires = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    withdrawn_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    recorded_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consents", x => x.id);
                    table.ForeignKey(
                        name: "fk_consents_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_consents_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligibility_lists",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    max_per_period = table.Column<int>(type: "INTEGER", nullable: false),
                    period = table.Column<int>(type: "INTEGER", nullable: false),
                    enforced = table.Column<bool>(type: "INTEGER", nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligibility_lists", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligibility_lists_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_eligibility_lists_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "hours_exceptions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    opens = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    closes = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_hours_exceptions", x => x.id);
                    table.ForeignKey(
                        name: "fk_hours_exceptions_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "opening_intervals",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<int>(type: "INTEGER", nullable: false),
                    opens = table.Column<TimeOnly>(type: "TEXT", nullable: false),
                    closes = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_opening_intervals", x => x.id);
                    table.ForeignKey(
                        name: "fk_opening_intervals_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "participations",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    external_id = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    entry_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    is_first = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    is_last = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: true),
                    birth_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    labour_status = table.Column<int>(type: "INTEGER", nullable: true),
                    unemployed_months = table.Column<int>(type: "INTEGER", nullable: true),
                    isced = table.Column<int>(type: "INTEGER", nullable: true),
                    disability = table.Column<int>(type: "INTEGER", nullable: true),
                    foreign_background = table.Column<int>(type: "INTEGER", nullable: true),
                    minority = table.Column<int>(type: "INTEGER", nullable: true),
                    homeless = table.Column<int>(type: "INTEGER", nullable: true),
                    other_disadvantaged = table.Column<int>(type: "INTEGER", nullable: true),
                    third_country_national = table.Column<bool>(type: "INTEGER", nullable: true),
                    rural = table.Column<bool>(type: "INTEGER", nullable: true),
                    exit_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    exit_situation = table.Column<int>(type: "INTEGER", nullable: true),
                    qualification_gained = table.Column<bool>(type: "INTEGER", nullable: true),
                    follow_up_due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    situation6m = table.Column<int>(type: "INTEGER", nullable: true),
                    improved6m = table.Column<bool>(type: "INTEGER", nullable: true),
                    follow_up_recorded_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participations", x => x.id);
                    table.ForeignKey(
                        name: "fk_participations_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_participations_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

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
                name: "role_assignments",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_assignments", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_assignments_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_assignments_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "services",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    axis = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_services_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_attendance",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    staff_member_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    in_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    out_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    recorded_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_staff_attendance_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_attendance_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_structures",
                columns: table => new
                {
                    staff_member_id = table.Column<int>(type: "INTEGER", nullable: false),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_structures", x => new { x.staff_member_id, x.structure_id });
                    table.ForeignKey(
                        name: "fk_staff_structures_staff_members_staff_member_id",
                        column: x => x.staff_member_id,
                        principalTable: "staff_members",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_staff_structures_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "visits",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_gender = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_age_band = table.Column<int>(type: "INTEGER", nullable: true),
                    anonymous_nationality = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    channel = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    axis = table.Column<int>(type: "INTEGER", nullable: false),
                    outcome = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    staff_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visits", x => x.id);
                    table.ForeignKey(
                        name: "fk_visits_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visits_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_sessions",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    activity_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    starts_at = table.Column<TimeOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_sessions", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_sessions_activities_activity_id",
                        column: x => x.activity_id,
                        principalTable: "activities",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "distribution_rounds",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    place = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    anonymous_meals = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distribution_rounds", x => x.id);
                    table.ForeignKey(
                        name: "fk_distribution_rounds_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distribution_rounds_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "eligible_households",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_eligible_households", x => x.id);
                    table.ForeignKey(
                        name: "fk_eligible_households_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_eligible_households_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "cases",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    opened_by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    opened_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    from_visit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_cases_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_visits_from_visit_id",
                        column: x => x.from_visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "visit_services",
                columns: table => new
                {
                    visit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    service_id = table.Column<int>(type: "INTEGER", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_visit_services", x => new { x.visit_id, x.service_id });
                    table.ForeignKey(
                        name: "fk_visit_services_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_visit_services_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "session_attendance",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<int>(type: "INTEGER", nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    visit_id = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_attendance", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_attendance_activity_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "activity_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_session_attendance_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_session_attendance_visits_visit_id",
                        column: x => x.visit_id,
                        principalTable: "visits",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "session_head_counts",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<int>(type: "INTEGER", nullable: false),
                    gender = table.Column<int>(type: "INTEGER", nullable: false),
                    age_band = table.Column<int>(type: "INTEGER", nullable: false),
                    count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_session_head_counts", x => x.id);
                    table.ForeignKey(
                        name: "fk_session_head_counts_activity_sessions_session_id",
                        column: x => x.session_id,
                        principalTable: "activity_sessions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "distributions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    list_id = table.Column<int>(type: "INTEGER", nullable: false),
                    round_id = table.Column<int>(type: "INTEGER", nullable: true),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: false),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    household_size = table.Column<int>(type: "INTEGER", nullable: false),
                    parcels = table.Column<int>(type: "INTEGER", nullable: false),
                    items = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    signature = table.Column<int>(type: "INTEGER", nullable: false),
                    signature_file_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    overrides_rule = table.Column<bool>(type: "INTEGER", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    staff_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_distributions", x => x.id);
                    table.ForeignKey(
                        name: "fk_distributions_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_distribution_rounds_round_id",
                        column: x => x.round_id,
                        principalTable: "distribution_rounds",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_eligibility_lists_list_id",
                        column: x => x.list_id,
                        principalTable: "eligibility_lists",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_stored_files_signature_file_id",
                        column: x => x.signature_file_id,
                        principalTable: "stored_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_distributions_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
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
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    structure_id = table.Column<int>(type: "INTEGER", nullable: false),
                    staff_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    beneficiary_id = table.Column<int>(type: "INTEGER", nullable: true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: true),
                    starts_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    is_cancelled = table.Column<bool>(type: "INTEGER", nullable: false),
                    booked_by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    booked_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointments_asp_net_users_staff_user_id",
                        column: x => x.staff_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_beneficiaries_beneficiary_id",
                        column: x => x.beneficiary_id,
                        principalTable: "beneficiaries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_appointments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_appointments_structures_structure_id",
                        column: x => x.structure_id,
                        principalTable: "structures",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_applications",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    programme_id = table.Column<int>(type: "INTEGER", nullable: false),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    external_reference = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_applications", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_applications_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_applications_programmes_programme_id",
                        column: x => x.programme_id,
                        principalTable: "programmes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_documents",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    storage_key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_documents", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_documents_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    ciphertext = table.Column<string>(type: "TEXT", nullable: false),
                    written_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_notes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_services",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    service_id = table.Column<int>(type: "INTEGER", nullable: false),
                    delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    duration_minutes = table.Column<int>(type: "INTEGER", nullable: true),
                    by_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_services", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_services_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_services_services_service_id",
                        column: x => x.service_id,
                        principalTable: "services",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "case_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_status_changes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_workers",
                columns: table => new
                {
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_workers", x => new { x.case_id, x.user_id });
                    table.ForeignKey(
                        name: "fk_case_workers_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_workers_users_user_id",
                        column: x => x.user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "needs_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_assessments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_goals",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    domain = table.Column<int>(type: "INTEGER", nullable: true),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_goals", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_goals_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "case_application_status_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    application_id = table.Column<long>(type: "INTEGER", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    by_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_application_status_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_case_application_status_changes_case_applications_application_id",
                        column: x => x.application_id,
                        principalTable: "case_applications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "needs_assessment_items",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    assessment_id = table.Column<long>(type: "INTEGER", nullable: false),
                    domain = table.Column<int>(type: "INTEGER", nullable: false),
                    severity = table.Column<int>(type: "INTEGER", nullable: false),
                    notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_needs_assessment_items", x => x.id);
                    table.ForeignKey(
                        name: "fk_needs_assessment_items_needs_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "needs_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_actions",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    goal_id = table.Column<long>(type: "INTEGER", nullable: false),
                    case_id = table.Column<int>(type: "INTEGER", nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    responsible_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    responsible_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_actions", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_actions_asp_net_users_responsible_user_id",
                        column: x => x.responsible_user_id,
                        principalTable: "AspNetUsers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_plan_actions_plan_goals_goal_id",
                        column: x => x.goal_id,
                        principalTable: "plan_goals",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_activities_structure_id",
                table: "activities",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_activity_sessions_activity_id_day",
                table: "activity_sessions",
                columns: new[] { "activity_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_appointment_requests_structure_id_status",
                table: "appointment_requests",
                columns: new[] { "structure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_beneficiary_id",
                table: "appointments",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_case_id",
                table: "appointments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_staff_user_id_starts_at",
                table: "appointments",
                columns: new[] { "staff_user_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_structure_id_starts_at",
                table: "appointments",
                columns: new[] { "structure_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "AspNetRoleClaims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "AspNetUserClaims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "AspNetUserLogins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "AspNetUserRoles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_entity_type_entity_id",
                table: "audit_entries",
                columns: new[] { "entity_type", "entity_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_structure_id",
                table: "audit_entries",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id",
                table: "audit_entries",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_afm",
                table: "beneficiaries",
                column: "afm");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_amka",
                table: "beneficiaries",
                column: "amka");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_merged_into_id",
                table: "beneficiaries",
                column: "merged_into_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_municipality_id_birth_date",
                table: "beneficiaries",
                columns: new[] { "municipality_id", "birth_date" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_partition_afm",
                table: "beneficiaries",
                columns: new[] { "partition", "afm" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_partition_amka",
                table: "beneficiaries",
                columns: new[] { "partition", "amka" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiaries_phone_reversed",
                table: "beneficiaries",
                column: "phone_reversed");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_links_beneficiary_id_structure_id",
                table: "beneficiary_links",
                columns: new[] { "beneficiary_id", "structure_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_links_structure_id_beneficiary_id",
                table: "beneficiary_links",
                columns: new[] { "structure_id", "beneficiary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_merges_merged_id",
                table: "beneficiary_merges",
                column: "merged_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_merges_survivor_id",
                table: "beneficiary_merges",
                column: "survivor_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_beneficiary_id_key",
                table: "beneficiary_name_keys",
                columns: new[] { "beneficiary_id", "key" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_keys_key_beneficiary_id_words",
                table: "beneficiary_name_keys",
                columns: new[] { "key", "beneficiary_id", "words" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_beneficiary_id",
                table: "beneficiary_name_pairs",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_name_pairs_pair_beneficiary_id_words",
                table: "beneficiary_name_pairs",
                columns: new[] { "pair", "beneficiary_id", "words" });

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feeds_token_hash",
                table: "calendar_feeds",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_application_status_changes_application_id",
                table: "case_application_status_changes",
                column: "application_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_applications_case_id_status",
                table: "case_applications",
                columns: new[] { "case_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_case_applications_programme_id",
                table: "case_applications",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_documents_case_id",
                table: "case_documents",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id",
                table: "case_notes",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_services_case_id_delivered_on",
                table: "case_services",
                columns: new[] { "case_id", "delivered_on" });

            migrationBuilder.CreateIndex(
                name: "ix_case_services_service_id",
                table: "case_services",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_status_changes_case_id",
                table: "case_status_changes",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_workers_user_id",
                table: "case_workers",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_beneficiary_id_structure_id",
                table: "cases",
                columns: new[] { "beneficiary_id", "structure_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_from_visit_id",
                table: "cases",
                column: "from_visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_structure_id_status",
                table: "cases",
                columns: new[] { "structure_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_consents_beneficiary_id",
                table: "consents",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_consents_structure_id",
                table: "consents",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rounds_list_id",
                table: "distribution_rounds",
                column: "list_id");

            migrationBuilder.CreateIndex(
                name: "ix_distribution_rounds_structure_id_day",
                table: "distribution_rounds",
                columns: new[] { "structure_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_distributions_beneficiary_id",
                table: "distributions",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_list_id_beneficiary_id_day",
                table: "distributions",
                columns: new[] { "list_id", "beneficiary_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_distributions_round_id",
                table: "distributions",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_signature_file_id",
                table: "distributions",
                column: "signature_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_distributions_structure_id_day",
                table: "distributions",
                columns: new[] { "structure_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_duplicate_dismissals_first_id_second_id",
                table: "duplicate_dismissals",
                columns: new[] { "first_id", "second_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_lists_programme_id",
                table: "eligibility_lists",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_lists_structure_id_name",
                table: "eligibility_lists",
                columns: new[] { "structure_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_eligibility_rules_programme_id",
                table: "eligibility_rules",
                column: "programme_id");

            migrationBuilder.CreateIndex(
                name: "ix_eligible_households_beneficiary_id",
                table: "eligible_households",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_eligible_households_list_id_beneficiary_id",
                table: "eligible_households",
                columns: new[] { "list_id", "beneficiary_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_hours_exceptions_structure_id_date",
                table: "hours_exceptions",
                columns: new[] { "structure_id", "date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_household_members_beneficiary_id",
                table: "household_members",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_household_members_member_beneficiary_id",
                table: "household_members",
                column: "member_beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_municipalities_name",
                table: "municipalities",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_needs_assessment_items_assessment_id_domain",
                table: "needs_assessment_items",
                columns: new[] { "assessment_id", "domain" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_needs_assessments_case_id_assessed_on",
                table: "needs_assessments",
                columns: new[] { "case_id", "assessed_on" });

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
                name: "ix_opening_intervals_structure_id",
                table: "opening_intervals",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_participations_beneficiary_id",
                table: "participations",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_participations_is_first_entry_date",
                table: "participations",
                columns: new[] { "is_first", "entry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_beneficiary_id_entry_date",
                table: "participations",
                columns: new[] { "structure_id", "beneficiary_id", "entry_date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_beneficiary_id_is_last",
                table: "participations",
                columns: new[] { "structure_id", "beneficiary_id", "is_last" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_entry_date",
                table: "participations",
                columns: new[] { "structure_id", "entry_date" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_external_id",
                table: "participations",
                columns: new[] { "structure_id", "external_id" });

            migrationBuilder.CreateIndex(
                name: "ix_participations_structure_id_follow_up_due",
                table: "participations",
                columns: new[] { "structure_id", "follow_up_due" });

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
                name: "ix_plan_actions_case_id_status_due_on",
                table: "plan_actions",
                columns: new[] { "case_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_goal_id",
                table: "plan_actions",
                column: "goal_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_actions_responsible_user_id_status_due_on",
                table: "plan_actions",
                columns: new[] { "responsible_user_id", "status", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_goals_case_id",
                table: "plan_goals",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_programmes_code",
                table: "programmes",
                column: "code",
                unique: true);

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

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_structure_id",
                table: "role_assignments",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_assignments_user_id_role_structure_id",
                table: "role_assignments",
                columns: new[] { "user_id", "role", "structure_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_services_structure_id_name",
                table: "services",
                columns: new[] { "structure_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_beneficiary_id",
                table: "session_attendance",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_session_id_beneficiary_id",
                table: "session_attendance",
                columns: new[] { "session_id", "beneficiary_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_session_attendance_visit_id",
                table: "session_attendance",
                column: "visit_id");

            migrationBuilder.CreateIndex(
                name: "ix_session_head_counts_session_id_gender_age_band",
                table: "session_head_counts",
                columns: new[] { "session_id", "gender", "age_band" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_attendance_staff_member_id_day",
                table: "staff_attendance",
                columns: new[] { "staff_member_id", "day" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_attendance_structure_id_day",
                table: "staff_attendance",
                columns: new[] { "structure_id", "day" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_leave_staff_member_id_from",
                table: "staff_leave",
                columns: new[] { "staff_member_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_members_user_id",
                table: "staff_members",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_structures_structure_id",
                table: "staff_structures",
                column: "structure_id");

            migrationBuilder.CreateIndex(
                name: "ix_structure_types_code",
                table: "structure_types",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_structures_municipality_id_name",
                table: "structures",
                columns: new[] { "municipality_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_structures_parent_id",
                table: "structures",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_structures_regulation_file_id",
                table: "structures",
                column: "regulation_file_id");

            migrationBuilder.CreateIndex(
                name: "ix_structures_structure_type_id",
                table: "structures",
                column: "structure_type_id");

            migrationBuilder.CreateIndex(
                name: "ix_sync_records_user_id_client_id",
                table: "sync_records",
                columns: new[] { "user_id", "client_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_visit_services_day_structure_id_service_id",
                table: "visit_services",
                columns: new[] { "day", "structure_id", "service_id" });

            migrationBuilder.CreateIndex(
                name: "ix_visit_services_service_id",
                table: "visit_services",
                column: "service_id");

            migrationBuilder.CreateIndex(
                name: "ix_visits_beneficiary_id",
                table: "visits",
                column: "beneficiary_id");

            migrationBuilder.CreateIndex(
                name: "ix_visits_day_structure_id_channel_axis_beneficiary_id",
                table: "visits",
                columns: new[] { "day", "structure_id", "channel", "axis", "beneficiary_id" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_day_structure_id_reason",
                table: "visits",
                columns: new[] { "day", "structure_id", "reason" });

            migrationBuilder.CreateIndex(
                name: "ix_visits_structure_id_day_occurred_at",
                table: "visits",
                columns: new[] { "structure_id", "day", "occurred_at" });

            // Hand-written SQL, kept from the squashed history (ADR 090). EF cannot express these.

            // The audit log is append-only: the database itself refuses to change or remove a row.
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_update BEFORE UPDATE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entries_no_delete BEFORE DELETE ON audit_entries BEGIN SELECT RAISE(ABORT, 'audit_entries is append-only'); END;");

            // ADR 023: the database marks each person's first participation in a structure and, once
            // all have ended, the last; the ESF report reads the marks.
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

            // ADR 080: each service row carries its visit's day and structure, copied by triggers.
            migrationBuilder.Sql(@"CREATE TRIGGER visit_services_place AFTER INSERT ON visit_services BEGIN
UPDATE visit_services SET day = (SELECT v.day FROM visits v WHERE v.id = NEW.visit_id), structure_id = (SELECT v.structure_id FROM visits v WHERE v.id = NEW.visit_id)
WHERE visit_id = NEW.visit_id AND service_id = NEW.service_id;
END;");
            migrationBuilder.Sql(@"CREATE TRIGGER visits_place AFTER UPDATE OF day, structure_id ON visits BEGIN
UPDATE visit_services SET day = NEW.day, structure_id = NEW.structure_id WHERE visit_id = NEW.id;
END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The hand-written triggers first (ADR 090); the tables follow.
            migrationBuilder.Sql("DROP TRIGGER visit_services_place; DROP TRIGGER visits_place;");
            migrationBuilder.Sql("DROP TRIGGER participations_flags_insert; DROP TRIGGER participations_flags_update; DROP TRIGGER participations_flags_delete;");
            migrationBuilder.Sql("DROP TRIGGER audit_entries_no_update; DROP TRIGGER audit_entries_no_delete;");

            migrationBuilder.DropTable(
                name: "appointment_requests");

            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "beneficiary_links");

            migrationBuilder.DropTable(
                name: "beneficiary_merges");

            migrationBuilder.DropTable(
                name: "beneficiary_name_keys");

            migrationBuilder.DropTable(
                name: "beneficiary_name_pairs");

            migrationBuilder.DropTable(
                name: "calendar_feeds");

            migrationBuilder.DropTable(
                name: "case_application_status_changes");

            migrationBuilder.DropTable(
                name: "case_documents");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "case_services");

            migrationBuilder.DropTable(
                name: "case_status_changes");

            migrationBuilder.DropTable(
                name: "case_workers");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "distributions");

            migrationBuilder.DropTable(
                name: "duplicate_dismissals");

            migrationBuilder.DropTable(
                name: "eligibility_rules");

            migrationBuilder.DropTable(
                name: "eligible_households");

            migrationBuilder.DropTable(
                name: "hours_exceptions");

            migrationBuilder.DropTable(
                name: "household_members");

            migrationBuilder.DropTable(
                name: "needs_assessment_items");

            migrationBuilder.DropTable(
                name: "network_attachments");

            migrationBuilder.DropTable(
                name: "opening_intervals");

            migrationBuilder.DropTable(
                name: "participations");

            migrationBuilder.DropTable(
                name: "plan_actions");

            migrationBuilder.DropTable(
                name: "referral_status_changes");

            migrationBuilder.DropTable(
                name: "role_assignments");

            migrationBuilder.DropTable(
                name: "session_attendance");

            migrationBuilder.DropTable(
                name: "session_head_counts");

            migrationBuilder.DropTable(
                name: "staff_attendance");

            migrationBuilder.DropTable(
                name: "staff_leave");

            migrationBuilder.DropTable(
                name: "staff_structures");

            migrationBuilder.DropTable(
                name: "sync_records");

            migrationBuilder.DropTable(
                name: "visit_services");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "case_applications");

            migrationBuilder.DropTable(
                name: "distribution_rounds");

            migrationBuilder.DropTable(
                name: "needs_assessments");

            migrationBuilder.DropTable(
                name: "network_meetings");

            migrationBuilder.DropTable(
                name: "publicity_actions");

            migrationBuilder.DropTable(
                name: "plan_goals");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "activity_sessions");

            migrationBuilder.DropTable(
                name: "staff_members");

            migrationBuilder.DropTable(
                name: "services");

            migrationBuilder.DropTable(
                name: "eligibility_lists");

            migrationBuilder.DropTable(
                name: "network_partners");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "partner_services");

            migrationBuilder.DropTable(
                name: "activities");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "programmes");

            migrationBuilder.DropTable(
                name: "visits");

            migrationBuilder.DropTable(
                name: "partner_organizations");

            migrationBuilder.DropTable(
                name: "beneficiaries");

            migrationBuilder.DropTable(
                name: "structures");

            migrationBuilder.DropTable(
                name: "municipalities");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "structure_types");
        }
    }
}
