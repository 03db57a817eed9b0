namespace MedDoc.Engine.Coding;

/// <summary>
/// One line of the CMS ICD-10-CM order file (fixed width, 1-based columns): 1–5 order number, 7–13 code
/// without dot, 15 billable flag, 17–76 short title, 78– long title.
/// Example: "11136 I517    1 Cardiomegaly ... Cardiomegaly" → I51.7, billable, "Cardiomegaly".
/// </summary>
internal static class OrderFileLine
{
    private const int LongTitleStart = 77;

    /// <summary>Parses one non-empty line; throws <see cref="InvalidDataException"/> naming the file and line.</summary>
    public static IcdCode Parse(string line, string sourceName, int lineNumber)
    {
        if (line.Length <= LongTitleStart)
        {
            return Fail(sourceName, lineNumber, $"is {line.Length} characters long; a code line reaches its long title at column 78");
        }
        if (line.AsSpan(0, 5).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            return Fail(sourceName, lineNumber, "columns 1-5 must hold the order number");
        }
        if (line[5] != ' ' || line[13] != ' ' || line[15] != ' ' || line[76] != ' ')
        {
            return Fail(sourceName, lineNumber, "columns 6, 14, 16 and 77 must be blank");
        }
        var code = line.AsSpan(6, 7).TrimEnd(' ');
        if (code.Length < 3 || !IsCode(code))
        {
            return Fail(sourceName, lineNumber, "columns 7-13 must hold a code of 3 to 7 letters and digits");
        }
        var flag = line[14];
        if (flag is not ('0' or '1'))
        {
            return Fail(sourceName, lineNumber, $"column 15 (billable flag) must be 0 or 1, not '{flag}'");
        }
        var title = line.AsSpan(LongTitleStart).Trim();
        if (title.IsEmpty)
        {
            return Fail(sourceName, lineNumber, "the long title (column 78 on) is empty");
        }
        return new IcdCode(IcdCatalog.WithDot(code.ToString()), title.ToString(), flag == '1');
    }

    private static bool IsCode(ReadOnlySpan<char> code)
    {
        foreach (var c in code)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return char.IsAsciiLetterUpper(code[0]);
    }

    private static IcdCode Fail(string sourceName, int lineNumber, string problem) =>
        throw new InvalidDataException($"{sourceName} line {lineNumber}: {problem}.");
}
