using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

/// <summary>
/// Specificity from the tabular tree, for the side: a code whose title leaves the side open ("Pain in unspecified knee",
/// "Pain in leg, unspecified") becomes the sibling whose title differs from it only by naming the side ("Pain in right
/// knee") when the words around every evidence span (up to four tokens either side, within its sentence: "right knee pain",
/// "deep vein thrombosis of the left leg") state that one side and no other. No side, right and left together,
/// or no such sibling: the code stays, never an invented side. Where the siblings also name the dominant side, the
/// guideline's default applies (right dominant, left nondominant: "left hemiplegia" → G81.94). Neoplasm codes count too: the
/// Table of Neoplasms' are already complete (<see cref="NeoplasmCodeCompletion"/>), and a curated one with an open side takes
/// the side stated beside it ("choroid melanoma in the left eye" → C69.32). Lab-value codes stay as they are. Pure.
/// A condition stated of both sides ("bilateral", "both knees") whose code has no bilateral sibling is coded once per side
/// (Official Guidelines I.B.13: "If no bilateral code is provided and the condition is bilateral, assign separate codes for
/// both the left and right side"): "pain in both wrists" → M25.531 and M25.532; a limb or joint named in the plural is both
/// of its pair ("pain in the knees" → M25.561 and M25.562).
/// Where the evidence's sentences name no side at all, the side of the heading line the finding is written under counts
/// (<see cref="HeadingSite"/>: "RIGHT KNEE:" above "Synovitis of the knee.").
/// Example: M25.569 with "Pain in the right knee." → M25.561; with "Pain in the right knee and the left hip." → M25.569.
/// </summary>
public static class SideSpecificity
{
    /// <summary>How many tokens before and after a mention may state its side.</summary>
    public const int Reach = 4;

    private static readonly char[] TitleSeparators = [' ', ',', '(', ')', '[', ']', ';'];

    // The organ a sided title names after its side ("right eye", "left ear") where its open sibling says only "unspecified".
    private static readonly string[] SidedOrgans = ["eye", "ear"];

    // A limb or joint named in the plural is both of its pair ("pain in the lower limbs", "pain in the knees"): a person has
    // two, so the plural states both sides as "both" does.
    private static readonly HashSet<string> PairedLimbsInThePlural = new(StringComparer.OrdinalIgnoreCase)
    {
        "legs", "arms", "limbs", "extremities", "thighs", "knees", "hips", "ankles", "feet", "hands", "wrists", "shoulders", "elbows",
    };

    /// <summary><paramref name="codes"/> with each open-sided code made sided where the text states the side, in their order.</summary>
    public static IReadOnlyList<CodeSuggestion> Refine(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(codes);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(catalog);
        var sided = SpecificCode.Replace(codes, code => SideOf(document, code) is var side && side != BodySide.Unspecified
            ? SidedSibling(catalog, code.Code, side)
            : null, _ => false);
        return BothSides(sided, document, catalog);
    }

    // A code still open after the bilateral sibling was looked for, stated of both sides, becomes its right and its left sibling.
    // Not a neoplasm's: the Table of Neoplasms places those, and metastases "in both lungs" are one secondary site's.
    private static IReadOnlyList<CodeSuggestion> BothSides(IReadOnlyList<CodeSuggestion> codes, TextModel document, IcdCatalog catalog)
    {
        List<CodeSuggestion>? split = null;
        var taken = codes.Select(code => code.Code).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < codes.Count; i++)
        {
            var code = codes[i];
            if (code.Basis == CodeBasis.Documented && !SpecificCode.IsNeoplasm(code.Code) && SideOf(document, code) == BodySide.Bilateral
                && SidedSibling(catalog, code.Code, BodySide.Right) is { } right && SidedSibling(catalog, code.Code, BodySide.Left) is { } left)
            {
                split ??= [.. codes.Take(i)];
                foreach (var side in new[] { right, left })
                {
                    if (taken.Add(side.Code))
                    {
                        split.Add(code with { Code = side.Code, Description = side.Title });
                    }
                }
                continue;
            }
            split?.Add(code);
        }
        return split ?? codes;
    }

    // The side stated next to the code's evidence; where its sentences name no side at all, the side of the heading it is
    // written under ("RIGHT KNEE:", HeadingSite); for a finding of the eye that names none there, the eye its sentence or its
    // report names (EyeSide).
    private static BodySide SideOf(TextModel document, CodeSuggestion code)
    {
        var stated = SideStated(document, code.Evidence);
        if (stated == BodySide.Unspecified && code.Evidence.Count > 0
            && HeadingSite.Above(document.Text, code.Evidence[0].Start) is { Side: not BodySide.Unspecified } heading
            && !SentencesNameASide(document, code.Evidence, heading.End))
        {
            stated = heading.Side;
        }
        return EyeSide.OrEyeStated(stated, document, code);
    }

    // True when a sentence of the evidence names any side, wherever in it after the heading that may open it.
    private static bool SentencesNameASide(TextModel document, IReadOnlyList<Span> evidence, int headingEnd)
    {
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                return true;
            }
            var sentence = document.Sentences[document.SentenceOf(mention.Start)];
            for (var i = sentence.Start; i < sentence.End; i++)
            {
                if (document.Tokens[i].Start >= headingEnd && SideOf(document.Tokens[i].Value) != BodySide.Unspecified)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The one side stated next to <paramref name="evidence"/> (<see cref="Reach"/> tokens, same sentence); Unspecified for none or two.</summary>
    public static BodySide SideStated(TextModel document, IReadOnlyList<Span> evidence) => SideStated(document, evidence, Reach, SideOf);

    /// <summary>
    /// The one side that <paramref name="sideOf"/> reads in the words next to <paramref name="evidence"/> (up to
    /// <paramref name="reach"/> tokens on either side, same sentence); Unspecified when none or two sides are stated.
    /// </summary>
    public static BodySide SideStated(TextModel document, IReadOnlyList<Span> evidence, int reach, Func<string, BodySide> sideOf)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(sideOf);
        var found = BodySide.Unspecified;
        foreach (var span in evidence)
        {
            var mention = document.TokensIn(span.Start, span.End);
            if (mention.Count <= 0)
            {
                return BodySide.Unspecified;
            }
            var sentence = document.Sentences[document.SentenceOf(mention.Start)];
            var end = Math.Min(sentence.End, mention.End + reach);
            for (var i = Math.Max(sentence.Start, mention.Start - reach); i < end; i++)
            {
                var side = sideOf(document.Tokens[i].Value);
                if (side == BodySide.Unspecified || side == found || SidesAnotherItem(document.Tokens, i, mention, sentence))
                {
                    continue;
                }
                if (found != BodySide.Unspecified)
                {
                    return BodySide.Unspecified;
                }
                found = side;
            }
        }
        return found;
    }

    // A side word of another item of the sentence's list, past "and", "or" or ";" from the mention: one before it that
    // qualifies the word right after it ("Right knee pain and osteoarthritis of the hip" states no side of the hip), or one
    // after it right before a joint or limb ("Otitis media and right knee pain" states no side of the ear). A side
    // coordinated with another ("the right and left knees") or before the mention's own organ ("… of 0.1 and 0.25 in the
    // right eye") still counts.
    private static bool SidesAnotherItem(IReadOnlyList<Token> tokens, int side, TokenRange mention, TokenRange sentence)
    {
        if (side < mention.Start)
        {
            var next = tokens[side + 1];
            return side + 1 != mention.Start && next.Kind == TokenKind.Word && !next.IsCoordination && ListBoundaryBetween(tokens, side + 2, mention.Start);
        }
        return side >= mention.End && side + 1 < sentence.End && HeadingSite.IsLimbSiteWord(tokens[side + 1].Value)
            && ListBoundaryBetween(tokens, mention.End, side);
    }

    private static bool ListBoundaryBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Value is "and" or "or" or ";")
            {
                return true;
            }
        }
        return false;
    }

    private static IcdCode? SidedSibling(IcdCatalog catalog, string code, BodySide side)
    {
        // An injury's side is its encounter base's ("Unspecified fracture of unspecified femur" S72.90 → S72.91), with the
        // same 7th character.
        if (InjuryEncounter.Split(catalog, code) is { } injury)
        {
            return SidedSibling(catalog, injury.Base, side, sibling => InjuryEncounter.IsEncounterBase(catalog, sibling)) is { } sidedBase
                && InjuryEncounter.Extend(catalog, sidedBase.Code, injury.Character) is { } extended
                    ? catalog.Find(extended)
                    : null;
        }
        return catalog.Find(code) is { } entry ? SidedSibling(catalog, entry, side, sibling => sibling.Billable) : null;
    }

    private static IcdCode? SidedSibling(IcdCatalog catalog, IcdCode entry, BodySide side, Func<IcdCode, bool> codable)
    {
        if (catalog.Parent(entry.Code) is not { } parent)
        {
            return null;
        }
        var words = Words(entry.Title);
        if (!words.Contains("unspecified"))
        {
            return null;
        }
        var sideWord = side switch
        {
            BodySide.Right => "right",
            BodySide.Left => "left",
            _ => "bilateral",
        };
        var siblings = catalog.Children(parent.Code).Where(sibling => codable(sibling) && sibling.Code != entry.Code).ToArray();
        return siblings.FirstOrDefault(sibling => DiffersOnlyBySide(words, Words(sibling.Title), sideWord, null))
            ?? siblings.FirstOrDefault(sibling => DiffersOnlyBySide(words, Words(sibling.Title), sideWord, DefaultDominance(side)))
            ?? (side == BodySide.Bilateral && WithoutOpenOrgan(words) is { } paired
                ? siblings.FirstOrDefault(sibling => DiffersOnlyBySide(paired, Words(sibling.Title), sideWord, null))
                : null);
    }

    // A bilateral title names no organ of the pair ("Ocular pain, unspecified eye" → "Ocular pain, bilateral"): the open
    // title without the organ word its last "unspecified" qualifies ("Unspecified hearing loss, unspecified ear" →
    // "Unspecified hearing loss, bilateral"), or null when it has none.
    private static List<string>? WithoutOpenOrgan(List<string> words)
    {
        var at = words.LastIndexOf("unspecified");
        return at < 0 || at + 1 >= words.Count ? null : [.. words[..(at + 1)], .. words[(at + 2)..]];
    }

    // Official Guidelines I.C.6.a: where the documentation does not say which side is dominant, the right side is the
    // dominant one and the left the nondominant one ("left hemiplegia" → G81.94 "… affecting left nondominant side").
    private static string? DefaultDominance(BodySide side) => side switch
    {
        BodySide.Right => "dominant",
        BodySide.Left => "nondominant",
        _ => null,
    };

    // The sided title has the open title's words with one "unspecified" replaced by the side, in any order ("Pain in leg,
    // unspecified" → "Pain in right leg"), and, when <paramref name="dominance"/> is given, that word added after it
    // ("affecting unspecified side" → "affecting right dominant side").
    private static bool DiffersOnlyBySide(List<string> open, List<string> sided, string sideWord, string? dominance)
    {
        var remaining = new List<string>(sided);
        if (dominance is not null && !remaining.Remove(dominance))
        {
            return false;
        }
        // "Visual discomfort, unspecified" leaves open the eye its siblings name: "Visual discomfort, left eye".
        if (open.Count + 1 == remaining.Count && SidedOrgans.FirstOrDefault(organ => !open.Contains(organ) && remaining.Contains(organ)) is { } organ)
        {
            remaining.Remove(organ);
        }
        if (open.Count != remaining.Count)
        {
            return false;
        }
        var replaced = 0;
        foreach (var word in open)
        {
            if (remaining.Remove(word))
            {
                continue;
            }
            if (word != "unspecified")
            {
                return false;
            }
            replaced++;
        }
        return replaced == 1 && remaining.Count == 1 && remaining[0] == sideWord;
    }

    private static List<string> Words(string title) =>
        title.ToLowerInvariant().Split(TitleSeparators, StringSplitOptions.RemoveEmptyEntries).ToList();

    private static BodySide SideOf(string token) => token switch
    {
        "right" => BodySide.Right,
        "left" => BodySide.Left,
        "bilateral" or "bilaterally" or "both" => BodySide.Bilateral,
        _ when PairedLimbsInThePlural.Contains(token) => BodySide.Bilateral,
        _ => BodySide.Unspecified,
    };
}
