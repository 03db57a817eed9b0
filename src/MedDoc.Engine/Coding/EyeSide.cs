using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// The eye a finding of the eye and adnexa (H00–H59) is in, for a code whose title leaves the eye open and whose nearest
/// words name none: the side its sentence names ("In the left eye, the fundus showed a vitreous hemorrhage"), else the
/// one eye the whole report names. In the sentence an eye is named by "right", "left", "both eyes", "bilateral" and the
/// abbreviations eye reports write in capitals: OD, OS, OU (Latin) and OI, AO (the Spanish left eye, both eyes); across
/// the report only by "right eye", "left eye" and "both eyes" ("RE", "LE" and "OD" also stand for regarding, lower
/// extremity and overdose). Two sides in the sentence, or both eyes anywhere in a report whose sentence names none:
/// Unspecified, never a guessed eye. Pure.
/// Example: "Visual acuity of the left eye was 0.1. A vitreous hemorrhage was seen." → Left.
/// </summary>
public static class EyeSide
{
    /// <summary>True for a code of the eye and adnexa chapter (H00–H59), the ones whose side is an eye.</summary>
    public static bool IsEyeCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Length >= 3 && code[0] == 'H' && code[1] is >= '0' and <= '5';
    }

    /// <summary>
    /// <paramref name="stated"/>, the side found next to <paramref name="code"/>'s evidence, when there is one; else, for a code
    /// of the eye, the eye its sentence or its report names (<see cref="Stated"/>).
    /// </summary>
    public static BodySide OrEyeStated(BodySide stated, TextModel document, CodeSuggestion code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return stated == BodySide.Unspecified && IsEyeCode(code.Code) ? Stated(document, code.Evidence) : stated;
    }

    /// <summary>The one eye <paramref name="evidence"/>'s sentences name, else the one eye the report names; Unspecified when neither names one.</summary>
    public static BodySide Stated(TextModel document, IReadOnlyList<Span> evidence)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(evidence);
        var named = new HashSet<BodySide>();
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                return BodySide.Unspecified;
            }
            var sentence = document.Sentences[document.SentenceOf(mention.Start)];
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (SideAt(document, i, anyRightOrLeft: true) is var side && side != BodySide.Unspecified)
                {
                    named.Add(side);
                }
            }
        }
        return named.Count switch
        {
            1 => named.First(),
            0 => ReportEye(document),
            _ => BodySide.Unspecified,
        };
    }

    // The one eye the report names, right or left; none when it names both or neither.
    private static BodySide ReportEye(TextModel document)
    {
        var found = BodySide.Unspecified;
        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var side = SideAt(document, i, anyRightOrLeft: false);
            if (side == BodySide.Bilateral || (side != BodySide.Unspecified && found != BodySide.Unspecified && side != found))
            {
                return BodySide.Unspecified;
            }
            if (side != BodySide.Unspecified)
            {
                found = side;
            }
        }
        return found;
    }

    // Inside the finding's sentence any "right"/"left" or an eye abbreviation names its eye; across the report only
    // "right/left eye" and "both eyes" do ("the left arm" names no eye).
    private static BodySide SideAt(TextModel document, int index, bool anyRightOrLeft)
    {
        var token = document.Tokens[index];
        var next = index + 1 < document.Tokens.Count ? document.Tokens[index + 1].Value : "";
        switch (token.Value)
        {
            case "right" when anyRightOrLeft || next is "eye":
                return BodySide.Right;
            case "left" when anyRightOrLeft || next is "eye":
                return BodySide.Left;
            case "both" when next is "eyes":
                return BodySide.Bilateral;
            case "bilateral" or "bilaterally" when anyRightOrLeft:
                return BodySide.Bilateral;
        }
        if (!anyRightOrLeft)
        {
            return BodySide.Unspecified;
        }
        return document.Text.AsSpan(token.Start, token.Length) switch
        {
            "OD" => BodySide.Right,
            "OS" or "OI" => BodySide.Left,
            "OU" or "AO" => BodySide.Bilateral,
            _ => BodySide.Unspecified,
        };
    }
}
