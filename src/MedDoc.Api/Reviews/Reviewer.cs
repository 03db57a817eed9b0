using System.Security.Claims;
using MedDoc.Api.Identity;

namespace MedDoc.Api.Reviews;

/// <summary>
/// Who saves a review: the signed-in caller's subject (the token's "sub", "key:ID" for an API key), or
/// <see cref="Local"/>, the one user of the zero-configuration local mode.
/// </summary>
public static class Reviewer
{
    public const string Local = "local";

    public static string Of(ClaimsPrincipal user) =>
        Caller.From(user)?.Subject is { Length: > 0 } subject ? (subject.Length <= 200 ? subject : subject[..200]) : Local;
}
