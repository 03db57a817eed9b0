using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedDoc.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddBatches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "batch_id",
                table: "audit_events",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    total = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "batch_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    tenant_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    item_index = table.Column<int>(type: "INTEGER", nullable: false),
                    filename = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    extension = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    failure_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    finished_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_items", x => x.id);
                    table.ForeignKey(
                        name: "FK_batch_items_batches_batch_id",
                        column: x => x.batch_id,
                        principalTable: "batches",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_audit_events_batch_id",
                table: "audit_events",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_batch_items_batch_id_item_index",
                table: "batch_items",
                columns: new[] { "batch_id", "item_index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_batch_items_batch_id_status",
                table: "batch_items",
                columns: new[] { "batch_id", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_batches_tenant_id_created_at",
                table: "batches",
                columns: new[] { "tenant_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batch_items");

            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropIndex(
                name: "IX_audit_events_batch_id",
                table: "audit_events");

            // SQLite's own DROP COLUMN, not EF's DropColumn: EF would rebuild audit_events, and SQLite drops a
            // table's triggers with it, so the audit trail would lose its append-only triggers (ADR 013).
            migrationBuilder.Sql("ALTER TABLE audit_events DROP COLUMN batch_id;");
        }
    }
}
