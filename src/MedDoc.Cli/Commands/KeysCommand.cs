using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MedDoc.Cli.Keys;
using Spectre.Console;

namespace MedDoc.Cli.Commands;

/// <summary>
/// <c>meddoc keys create|list|revoke --api-base URL</c>: an admin manages the tenant's API keys through a live API,
/// authenticated by MEDDOC_API_TOKEN (an admin's access token; nothing in local mode). <c>create</c> prints the new
/// key once, as the API shows it once. Exit codes: 0 done, 2 bad usage, unreachable API or a refused request,
/// 3 credentials or role refused (401/403), 4 unknown key id.
/// </summary>
public static class KeysCommand
{
    private const int UnwrappedWidth = 400;

    private static readonly JsonSerializerOptions IndentedJson = new(ApiKeysClient.Json) { WriteIndented = true };

    /// <summary>The command, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context) =>
        new("keys", $"Create, list and revoke the tenant's API keys through a live API (admin role; credentials from {ApiCredentials.TokenVariable}).")
        {
            CreateCommand(context),
            ListCommand(context),
            RevokeCommand(context),
        };

    private static Command CreateCommand(CliContext context)
    {
        var apiBase = ApiBaseOption();
        var name = new Option<string>("--name") { Description = "What the key is for (1 to 100 characters), e.g. 'lab feed'.", Required = true };
        var roles = new Option<string[]>("--role")
        {
            Description = "A role the key holds: coder or service (repeat for both; default service). Keys never hold admin.",
            AllowMultipleArgumentsPerToken = false,
        };
        roles.AcceptOnlyFromAmong("coder", "service");
        var expiresAt = new Option<string?>("--expires-at") { Description = "When the key stops working: an ISO 8601 date or time (UTC unless it has an offset)." };
        var expiresInDays = new Option<int?>("--expires-in-days") { Description = "Or: the key stops working after this many days." };
        var json = JsonOption("Print the API's answer as JSON (the key and its metadata) instead of text.");
        var command = new Command("create", "Create an API key and print it once: store it now, it cannot be shown again.")
        {
            apiBase, name, roles, expiresAt, expiresInDays, json,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var expiry = Expiry(parse.GetValue(expiresAt), parse.GetValue(expiresInDays));
            var given = parse.GetValue(roles) ?? [];
            var request = new NewApiKey(parse.GetValue(name)!, given.Length == 0 ? null : given, expiry);
            using var http = Http(context);
            var created = await new ApiKeysClient(http, ApiBase.Parse(parse.GetValue(apiBase)!)).CreateAsync(request, cancellationToken);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(created, IndentedJson));
                return ExitCodes.Success;
            }
            var key = created.ApiKey;
            await context.Output.WriteLineAsync(
                $"Created API key {key.Id} '{key.Name}' with roles {string.Join(", ", key.Roles)}, {(key.ExpiresAt is { } at ? "expires " + Time(at) : "no expiry")}.");
            await context.Output.WriteLineAsync("Store the key now; it is shown only this once. Programs send it as the X-API-Key header:");
            await context.Output.WriteLineAsync(created.Key);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListCommand(CliContext context)
    {
        var apiBase = ApiBaseOption();
        var json = JsonOption("Print the keys as JSON instead of a table.");
        var command = new Command("list", "List the tenant's API keys, newest first, with their status and last use (never their secrets).") { apiBase, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var http = Http(context);
            var keys = await new ApiKeysClient(http, ApiBase.Parse(parse.GetValue(apiBase)!)).ListAsync(cancellationToken);
            if (parse.GetValue(json))
            {
                await context.Output.WriteLineAsync(JsonSerializer.Serialize(new { items = keys }, IndentedJson));
                return ExitCodes.Success;
            }
            if (keys.Count == 0)
            {
                await context.Output.WriteLineAsync("No API keys in this tenant.");
                return ExitCodes.Success;
            }
            WriteTable(context, keys, DateTime.UtcNow);
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RevokeCommand(CliContext context)
    {
        var apiBase = ApiBaseOption();
        var id = new Argument<string>("ID") { Description = "The key's id, as 'meddoc keys list' shows it (32 hex digits)." };
        var command = new Command("revoke", "Revoke an API key: it stops working at once. Revoking a revoked key again is harmless.") { id, apiBase };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var value = parse.GetValue(id)!.Trim();
            if (!Guid.TryParse(value, out var keyId))
            {
                throw new UsageException($"'{(value.Length > 40 ? value[..40] + "…" : value)}' is not an API key id; ids are 32 hex digits, as 'meddoc keys list' shows them");
            }
            using var http = Http(context);
            await new ApiKeysClient(http, ApiBase.Parse(parse.GetValue(apiBase)!)).RevokeAsync(keyId, cancellationToken);
            await context.Output.WriteLineAsync($"Revoked API key {keyId:N}.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Option<string> ApiBaseOption() => new("--api-base")
    {
        Description = "The API's base URL, e.g. http://127.0.0.1:8000/api.",
        Required = true,
    };

    private static Option<bool> JsonOption(string description) => new("--json") { Description = description };

    private static HttpClient Http(CliContext context) =>
        ApiCredentials.Apply(new HttpClient { Timeout = TimeSpan.FromSeconds(30) }, context.Environment);

    private static DateTime? Expiry(string? expiresAt, int? expiresInDays)
    {
        if (expiresAt is not null && expiresInDays is not null)
        {
            throw new UsageException("give --expires-at or --expires-in-days, not both");
        }
        if (expiresInDays is { } days)
        {
            return days is >= 1 and <= 3650
                ? DateTime.UtcNow.AddDays(days)
                : throw new UsageException($"--expires-in-days must be from 1 to 3650, got {days}");
        }
        if (expiresAt is null)
        {
            return null;
        }
        return DateTimeOffset.TryParse(expiresAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.UtcDateTime
            : throw new UsageException($"--expires-at must be an ISO 8601 date or time such as 2027-06-30 or 2027-06-30T12:00:00Z, got '{expiresAt}'");
    }

    private static void WriteTable(CliContext context, IReadOnlyList<ApiKeyInfo> keys, DateTime now)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.IsInteractive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.IsInteractive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(context.Output),
        });
        if (!context.IsInteractive)
        {
            // Piped or captured: one line per key, so ids stay whole for scripts.
            console.Profile.Width = UnwrappedWidth;
        }
        var table = new Table().AddColumns("id", "name", "roles", "status", "created", "by", "expires", "last used");
        foreach (var key in keys)
        {
            string[] cells = [key.Id, key.Name, string.Join(", ", key.Roles), key.StatusAt(now), Time(key.CreatedAt), key.CreatedBy, Time(key.ExpiresAt), Time(key.LastUsedAt)];
            table.AddRow([.. cells.Select(cell => new Text(cell))]);
        }
        console.Write(table);
    }

    private static string Time(DateTime? time) => time is { } value ? value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "-";
}
