using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedDoc.Api.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "document_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    revision = table.Column<int>(type: "INTEGER", nullable: false),
                    reviewer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reviewed_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    engine_version = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    document_type = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    content_json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_document_reviews", x => x.id);
                    table.ForeignKey(
                        name: "FK_document_reviews_documents_document_id",
                        column: x => x.document_id,
                        principalTable: "documents",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_document_reviews_document_id_revision",
                table: "document_reviews",
                columns: new[] { "document_id", "revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_document_reviews_reviewed_at",
                table: "document_reviews",
                column: "reviewed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "document_reviews");
        }
    }
}
