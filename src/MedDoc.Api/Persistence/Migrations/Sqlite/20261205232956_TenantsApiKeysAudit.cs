using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedDoc.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantsApiKeysAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Rows stored before tenancy belong to the tenant of local mode (ADR 013).
            migrationBuilder.AddColumn<string>(
                name: "tenant_id",
                table: "documents",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "local");

            migrationBuilder.AddColumn<string>(
                name: "tenant_id",
                table: "analyses",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "local");

            migrationBuilder.CreateTable(
                name: "api_keys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    roles = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    secret_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    occurred_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    key_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    action = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    target_key_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<int>(type: "INTEGER", nullable: false),
                    client_address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    request_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_events", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_documents_tenant_id_created_at",
                table: "documents",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_api_keys_tenant_id_created_at",
                table: "api_keys",
                columns: new[] { "tenant_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_document_id",
                table: "audit_events",
                column: "document_id");

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_tenant_id_occurred_at",
                table: "audit_events",
                columns: new[] { "tenant_id", "occurred_at" });

            // The audit trail is append-only, whatever client writes to the database (ADR 013).
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_events_no_delete BEFORE DELETE ON audit_events BEGIN SELECT RAISE(ABORT, 'audit_events is append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_events_no_delete;");

            migrationBuilder.DropTable(
                name: "api_keys");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropIndex(
                name: "IX_documents_tenant_id_created_at",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "tenant_id",
                table: "documents");

            migrationBuilder.DropColumn(
                name: "tenant_id",
                table: "analyses");
        }
    }
}
