var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/health", () => Results.Ok(new { status = "healthy" }));
app.Run();

/// <summary>Entry point, public for WebApplicationFactory.</summary>
public partial class Program;
