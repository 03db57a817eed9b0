namespace MedDoc.Deploy.Tests.Support;

/// <summary>A parsed Dockerfile: its instructions in order, each with its stage name ("" before the first FROM).</summary>
public sealed class Dockerfile(IReadOnlyList<DockerInstruction> instructions)
{
    public IReadOnlyList<DockerInstruction> Instructions => instructions;

    public IEnumerable<DockerInstruction> All(string keyword) => instructions.Where(i => i.Keyword == keyword);

    /// <summary>The instructions of the last stage (the image that ships).</summary>
    public IEnumerable<DockerInstruction> Final => instructions.Where(i => i.Stage == instructions[^1].Stage);

    /// <summary>Sources of COPY/ADD instructions that read the build context (not another stage).</summary>
    public IEnumerable<string> ContextSources =>
        All("COPY").Concat(All("ADD"))
            .Where(i => !i.Words.Any(w => w.StartsWith("--from=", StringComparison.Ordinal)))
            .SelectMany(i => i.Words.Where(w => !w.StartsWith("--", StringComparison.Ordinal)).SkipLast(1));

    public static Dockerfile Load(string repoPath)
    {
        var lines = Repo.Read(repoPath.Split('/')).Split('\n');
        var instructions = new List<DockerInstruction>();
        var stage = "";
        var pending = "";
        var index = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (pending.Length == 0 && (line.TrimStart().StartsWith('#') || line.Trim().Length == 0))
            {
                continue;
            }

            if (line.EndsWith('\\'))
            {
                pending += line[..^1] + " ";
                continue;
            }

            var text = (pending + line).Trim();
            pending = "";
            var space = text.IndexOf(' ', StringComparison.Ordinal);
            var keyword = (space < 0 ? text : text[..space]).ToUpperInvariant();
            var arguments = space < 0 ? "" : string.Join(' ', text[space..].Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (keyword == "FROM")
            {
                var words = arguments.Split(' ');
                stage = words.Length >= 3 && words[^2].Equals("AS", StringComparison.OrdinalIgnoreCase) ? words[^1] : $"stage{index}";
                index++;
            }

            instructions.Add(new DockerInstruction(stage, keyword, arguments));
        }

        return new Dockerfile(instructions);
    }
}
