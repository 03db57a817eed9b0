using System.Text.Json;
using MedDoc.Llm.Claude;

namespace MedDoc.Llm.Tests.Fakes;

/// <summary>An in-process Claude that answers each tool with a scripted JSON input (or throws), and records the prompts.</summary>
public sealed class ScriptedClaudeClient(Func<ClaudeToolRequest, string> answer) : IClaudeClient
{
    private readonly List<ClaudeToolRequest> _requests = [];

    public IReadOnlyList<ClaudeToolRequest> Requests
    {
        get
        {
            lock (_requests)
            {
                return _requests.ToArray();
            }
        }
    }

    public Task<ClaudeToolAnswer> CallToolAsync(ClaudeToolRequest request, CancellationToken cancellationToken)
    {
        lock (_requests)
        {
            _requests.Add(request);
        }
        using var document = JsonDocument.Parse(answer(request));
        return Task.FromResult(new ClaudeToolAnswer(document.RootElement.Clone(), 100, 20));
    }
}
