using System.Globalization;

namespace MedDoc.Llm.Claude;

/// <summary>
/// Sits inside the Anthropic SDK's HTTP pipeline and reads retry-after / retry-after-ms from error
/// responses into the <see cref="RetryAfterBox"/> the current call placed in <see cref="Current"/>,
/// because the SDK's exceptions do not expose response headers.
/// </summary>
internal sealed class RetryAfterHandler : DelegatingHandler
{
    /// <summary>The box of the call flowing through this async context.</summary>
    public static AsyncLocal<RetryAfterBox?> Current { get; } = new();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode && Current.Value is { } box)
        {
            box.Delay = Read(response);
        }
        return response;
    }

    /// <summary>The delay an error response asks for: retry-after-ms, retry-after seconds, or retry-after date.</summary>
    public static TimeSpan? Read(HttpResponseMessage response)
    {
        if (response.Headers.TryGetValues("retry-after-ms", out var milliseconds) &&
            double.TryParse(milliseconds.FirstOrDefault(), NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0)
        {
            return TimeSpan.FromMilliseconds(ms);
        }
        var retryAfter = response.Headers.RetryAfter;
        if (retryAfter?.Delta is { } delta)
        {
            return delta;
        }
        if (retryAfter?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }
}

/// <summary>A mutable holder the handler writes the retry-after delay into.</summary>
internal sealed class RetryAfterBox
{
    public TimeSpan? Delay { get; set; }
}
