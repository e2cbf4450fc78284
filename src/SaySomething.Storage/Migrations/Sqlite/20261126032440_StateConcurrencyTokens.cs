using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SaySomething.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StateConcurrencyTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
