namespace MedDoc.Api.Contracts;

/// <summary>Answer of GET /health.</summary>
public sealed record HealthResponse(string Status);

/// <summary>Answer of GET /ready: "ready" or "not_ready", with each check's state ("ok" or what failed).</summary>
public sealed record ReadyResponse(string Status, IReadOnlyDictionary<string, string> Checks);
