using MedDoc.Api.Tests.Infrastructure;

namespace MedDoc.Api.Tests.Endpoints;

/// <summary>GET /api/codes: the catalog search by code prefix and title words.</summary>
public sealed class CodesEndpointsTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task CodeQueryAnswersItemsWithCodeTitleAndBillable()
    {
        var response = await factory.CreateClient().GetAsync("/api/codes?q=i517");

        Assert.Equal(200, (int)response.StatusCode);
        var first = (await response.JsonAsync()).GetProperty("items")[0];
        Assert.Equal("I51.7", first.GetProperty("code").GetString());
        Assert.Equal("Cardiomegaly", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("billable").GetBoolean());
    }

    [Fact]
    public async Task WordQueryFindsTitlesWithEveryWordPrefix()
    {
        var response = await factory.CreateClient().GetAsync("/api/codes?q=diab%20kid&limit=50");

        var items = (await response.JsonAsync()).GetProperty("items");
        Assert.InRange(items.GetArrayLength(), 1, 50);
        Assert.Contains(items.EnumerateArray(), item => item.GetProperty("code").GetString() == "E11.22");
        Assert.All(items.EnumerateArray(), item =>
        {
            var title = item.GetProperty("title").GetString()!.ToLowerInvariant();
            Assert.Contains("diab", title);
            Assert.Contains("kid", title);
        });
    }

    [Fact]
    public async Task UnknownWordsAnswerAnEmptyList()
    {
        var response = await factory.CreateClient().GetAsync("/api/codes?q=zzzzqx");

        Assert.Equal(0, (await response.JsonAsync()).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/codes")]
    [InlineData("/api/codes?q=%20%20")]
    [InlineData("/api/codes?q=E11&limit=0")]
    [InlineData("/api/codes?q=E11&limit=51")]
    public async Task MissingQueryOrLimitOutOfRangeIsAProblem(string path)
    {
        var response = await factory.CreateClient().GetAsync(path);

        var problem = await response.AssertProblemAsync(400, "invalid_query");
        Assert.Contains(path.Contains("limit", StringComparison.Ordinal) ? "limit" : "q", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task OverlongQueryIsAProblem()
    {
        var response = await factory.CreateClient().GetAsync("/api/codes?q=" + new string('a', 201));

        await response.AssertProblemAsync(400, "invalid_query");
    }
}
