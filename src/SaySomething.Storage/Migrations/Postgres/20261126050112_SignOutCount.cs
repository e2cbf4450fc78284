using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SaySomething.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SignOutCount : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "SignOuts",
                table: "moderators",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SignOuts",
                table: "moderators");
        }
    }
}
