namespace MedDoc.HostileInput;

/// <summary>
/// One row of issue 15's table: what is sent, what the API should answer, and whether the PDF
/// targets (refused in ≤ 5 s with ≤ 300 MB growth) apply. <see cref="SendAsync"/> may send several
/// requests at once (row 10) and returns every answer; a case that <see cref="MayShedLoad"/> may also
/// answer 429 or 503 with <c>Retry-After</c>, the bounded queue's refusal.
/// </summary>
public sealed record HostileCase(
    string Row,
    string Input,
    int ExpectedStatus,
    bool IsPdf,
    Func<HttpClient, CancellationToken, Task<IReadOnlyList<HttpResponseMessage>>> SendAsync,
    bool MayShedLoad = false)
{
    /// <summary>Whether <paramref name="response"/> is the answer this case expects.</summary>
    public bool Accepts(HttpResponseMessage response) =>
        (int)response.StatusCode == ExpectedStatus
        || (MayShedLoad && (int)response.StatusCode is 429 or 503 && response.Headers.RetryAfter is not null);
}
