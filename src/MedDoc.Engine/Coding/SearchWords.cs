namespace MedDoc.Engine.Coding;

/// <summary>
/// The words <see cref="IcdCodeSearch"/> indexes and looks for: runs of letters or digits, lower case.
/// "Type 2 diabetes mellitus, w/o complications" → type, 2, diabetes, mellitus, w, o, complications.
/// </summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/> in order.</summary>
    public static List<string> Of(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var position = 0; position <= text.Length; position++)
        {
            var inWord = position < text.Length && char.IsLetterOrDigit(text[position]);
            if (inWord && start < 0)
            {
                start = position;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..position].ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}
