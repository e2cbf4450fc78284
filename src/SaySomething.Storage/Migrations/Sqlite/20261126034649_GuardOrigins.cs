using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SaySomething.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class GuardOrigins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "GuardOrigins",
                table: "communities",
                type: "TEXT",
                maxLength: 5120,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GuardOrigins",
                table: "communities");
        }
    }
}
