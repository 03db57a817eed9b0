using Microsoft.AspNetCore.Http.HttpResults;

namespace MedDoc.Api.Infrastructure;

/// <summary>A value or the problem that prevented it.</summary>
public sealed record Outcome<T>(T? Value, ProblemHttpResult? Problem)
    where T : class
{
    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Failure(ProblemHttpResult problem) => new(null, problem);
}
