using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MedDoc.Api.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReviewTenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_document_reviews_reviewed_at",
                table: "document_reviews");

            migrationBuilder.AddColumn<string>(
                name: "tenant_id",
                table: "document_reviews",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            // A review stored before reviews carried the tenant belongs to its document's tenant (ADR 013).
            migrationBuilder.Sql(
                "UPDATE document_reviews SET tenant_id = (SELECT documents.tenant_id FROM documents WHERE documents.id = document_reviews.document_id);");

            migrationBuilder.CreateIndex(
                name: "IX_document_reviews_tenant_id_reviewed_at",
                table: "document_reviews",
                columns: new[] { "tenant_id", "reviewed_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_document_reviews_tenant_id_reviewed_at",
                table: "document_reviews");

            migrationBuilder.DropColumn(
                name: "tenant_id",
                table: "document_reviews");

            migrationBuilder.CreateIndex(
                name: "IX_document_reviews_reviewed_at",
                table: "document_reviews",
                column: "reviewed_at");
        }
    }
}
