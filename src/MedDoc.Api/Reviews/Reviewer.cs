using System.Security.Claims;

namespace MedDoc.Api.Reviews;

/// <summary>
/// Who saves a review: the signed-in user's name (or subject) when the request is authenticated, otherwise
/// <see cref="Local"/>, the one user of the zero-configuration local mode.
/// </summary>
public static class Reviewer
{
    public const string Local = "local";

    public static string Of(ClaimsPrincipal user)
    {
        if (user.Identity is not { IsAuthenticated: true } identity)
        {
            return Local;
        }
        var name = identity.Name ?? user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        return string.IsNullOrWhiteSpace(name) ? Local : name.Length <= 200 ? name : name[..200];
    }
}
