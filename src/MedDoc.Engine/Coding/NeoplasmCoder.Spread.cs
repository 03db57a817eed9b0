using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

// NeoplasmCoder, part: how a named site relates to the tumour: its origin, or tissue it invades, spreads to or spares.
public sealed partial class NeoplasmCoder
{
    // Bone, nerve, peritoneum, soft tissue, pleura and mediastinum: where a carcinoma spreads, never where it arises.
    private bool IsSpreadTissue(SiteMention site) => site.Match.Value.Entry.Primary is { } code && _spreadCategories.Contains(Category(code));

    // "pleural invasion", "pylorus-sparing resection", "Involvement of Cervix:": a structure the tumour invades or the
    // operation spares, not a tumour site.
    private bool IsInvadedOrSpared(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        var next = site.End < sentence.End && tokens[site.End].Value == "-" ? site.End + 1 : site.End;
        if (next < sentence.End && _invadedOrSpared.Contains(tokens[next].Value))
        {
            return true;
        }
        var of = site.Start - 1 >= sentence.Start && tokens[site.Start - 1].Value == "the" ? site.Start - 2 : site.Start - 1;
        return of - 1 >= sentence.Start && tokens[of].Value == "of" && _invadedOrSpared.Contains(tokens[of - 1].Value);
    }

    // "ureteral margin", "oral and aboral resection margins": a surgical margin, not a tumour site.
    private bool IsMargin(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = site.End; i < Math.Min(sentence.End, site.End + 4); i++)
        {
            if (_margin.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    // "Metastasis of prostatic adenocarcinoma in the maxillary sinus", "of pulmonary epidermoid carcinoma": the site that
    // opens another tumour of the sentence (at most one word between, no punctuation) names where that tumour arose, not
    // where this metastasis lies; a site opening a metastasis is its location ("lymph node metastasis of urothelial carcinoma").
    private static bool ModifiesAnotherMorphology(IReadOnlyList<Token> tokens, SentenceView sentence, SiteMention site, TokenRange morphology) =>
        sentence.Morphologies.Any(other => other.Tokens.Start >= site.Match.Tokens.End && other.Tokens.Start != morphology.Start
            && other.Value.Behavior != NeoplasmBehavior.Secondary && IsAdjacent(tokens, site.Match.Tokens, other.Tokens));

    // "renal origin", "pulmonary origin": a site the word "origin" follows.
    private static bool NamesOrigin(IReadOnlyList<Token> tokens, TokenRange sentence, SiteMention site) =>
        site.Match.Tokens.End < sentence.End && tokens[site.Match.Tokens.End].Value is OriginWord;

    private const string OriginWord = "origin";

    // The site that names a tumour of a metastatic sentence as its own ("metastasis of pulmonary epidermoid carcinoma"):
    // adjacent but for one word, which is no metastatic word ("liver metastatic carcinoma" places spread, not an origin).
    private SiteMention? NamingBefore(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.LastOrDefault(site => site.Match.Tokens.End <= morphology.Start && IsAdjacent(tokens, site.Match.Tokens, morphology)
            && !Words(tokens, new TokenRange(site.Match.Tokens.End, morphology.Start)).Any(_metastatic.Contains));

    private bool IsSpread(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = Math.Max(sentence.Start, site.Start - 3); i < site.Start; i++)
        {
            if (_spread.Contains(tokens[i].Value) && !IsCause(tokens, sentence, i))
            {
                return true;
            }
        }
        return false;
    }

    // "due to", "secondary to": the "to" of a cause names what caused a finding, not where a tumour spread; the cause word
    // is then no metastasis ("hydronephrosis secondary to a bladder tumor").
    private bool IsCause(IReadOnlyList<Token> tokens, TokenRange sentence, int i) =>
        tokens[i].Value == "to" ? i > sentence.Start && _cause.Contains(tokens[i - 1].Value)
        : _cause.Contains(tokens[i].Value) && i + 1 < sentence.End && tokens[i + 1].Value == "to";

    // A malignancy's abbreviation ("CA") that must follow the site it names to be read as one.
    private bool IsSiteBound(IReadOnlyList<Token> tokens, TokenRange morphology) =>
        morphology.Count == 1 && _siteBound.Contains(tokens[morphology.Start].Value);

    // "Bladder CA", "LUL Ca.": a site ends just before the abbreviation, and no number follows it ("ovarian CA 125", "CA-125").
    private static bool FollowsSite(IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<SiteMention> sites, TokenRange morphology)
    {
        var next = morphology.End < sentence.End && tokens[morphology.End].Value == "-" ? morphology.End + 1 : morphology.End;
        return sites.Any(site => site.Match.Tokens.End == morphology.Start)
               && !(next < sentence.End && tokens[next].Kind == TokenKind.Number);
    }

    // "protruding into vagina", "extending to the serosa": a site just after a word of growth towards it (past "the"; not a
    // noun of the tumour's own extent: "depth of invasion - a uterus").
    private bool IsReached(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        var before = site.Start - 1;
        if (before > sentence.Start && tokens[before].Value == "the")
        {
            before--;
        }
        return before >= sentence.Start && _spread.Contains(tokens[before].Value) && !_invadedOrSpared.Contains(tokens[before].Value);
    }

    // "carcinoma involving the left ovary": a site just after a word of involvement (not one of growth beyond: "into", "through").
    private bool IsInvolved(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange site)
    {
        for (var i = Math.Max(sentence.Start, site.Start - 3); i < site.Start; i++)
        {
            if (tokens[i].Value.StartsWith("involv", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // The site is followed by its serosa ("Uterus, serosa", "uterine serosal surface"), past a comma.
    private bool OnSerosa(IReadOnlyList<Token> tokens, TokenRange site)
    {
        var next = site.End < tokens.Count && tokens[site.End].Value == "," ? site.End + 1 : site.End;
        return next < tokens.Count && _serosa.Contains(tokens[next].Value);
    }

    // "Involvement by adenocarcinoma", "foci of carcinoma": the tumour of another site reaching this one; so is "invasion of
    // cervical stroma by endometrioid adenocarcinoma", the noun of spread a few words before the "by".
    private bool IsExtension(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        for (var i = Math.Max(sentence.Start, morphology.Start - 4); i < morphology.Start; i++)
        {
            if (_extension.Match(tokens, i, morphology.Start) is { } match && match.Tokens.End >= morphology.Start - 1)
            {
                return true;
            }
        }
        for (var by = Math.Max(sentence.Start, morphology.Start - 2); by < morphology.Start; by++)
        {
            if (tokens[by].Value != ByWord)
            {
                continue;
            }
            for (var i = by - 1; i >= Math.Max(sentence.Start, by - SpreadNounReach); i--)
            {
                if (_invadedOrSpared.Contains(tokens[i].Value) && tokens[i].Value != SparingWord)
                {
                    return true;
                }
                if (tokens[i].Kind == TokenKind.Punctuation)
                {
                    break;
                }
            }
        }
        return false;
    }

    private const string ByWord = "by";

    private const string SparingWord = "sparing";

    private const int SpreadNounReach = 6;

    // "metastatic high-grade papillary serous carcinoma": a metastatic word in the morphology's noun phrase (up to eight
    // tokens before it, not across punctuation other than a hyphen or a parenthesised aside: "Metastatic grade 3 (of 4)
    // adenocarcinoma") or just after it ("carcinoma, metastatic").
    private bool IsMetastatic(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        var reach = Math.Max(WrappedStart(tokens, sentence), morphology.Start - 8);
        for (var i = morphology.Start - 1; i >= reach; i--)
        {
            if (_metastatic.Contains(tokens[i].Value) && !IsCause(tokens, sentence, i))
            {
                return true;
            }
            if (tokens[i].Value == ")" && OpeningParenthesis(tokens, reach, i) is var open and >= 0)
            {
                i = open;
                continue;
            }
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Value != "-")
            {
                break;
            }
        }
        for (var i = morphology.Start; i < Math.Min(sentence.End, morphology.End + 2); i++)
        {
            if (_metastatic.Contains(tokens[i].Value))
            {
                return true;
            }
        }
        return false;
    }

    // "THE ENTIRE SPECIMEN CONSISTS OF METASTATIC" / "SEROUS ADENOCARCINOMA.": a line that ends on a word, no punctuation,
    // runs on into the next (a report in capitals wraps its lines, each read as a sentence), so the noun phrase of a
    // morphology that opens its line may begin on the line above; the line above's first token, else the sentence's.
    private static int WrappedStart(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        var start = sentence.Start;
        if (start == 0 || !tokens[start].LineStart || !tokens[start - 1].IsWordLike)
        {
            return start;
        }
        var above = start - 1;
        while (above > 0 && !tokens[above].LineStart)
        {
            above--;
        }
        return above;
    }

    // "-NO HIGH GRADE PROSTATIC INTRAEPITHELIAL NEOPLASIA OR PROSTATIC" / "ADENOCARCINOMA IDENTIFIED": a line that ends on a
    // word that cannot end a statement (a joining word, a metastatic word or a site's adjective) runs on into the sentence
    // that opens the next, and what the line above asserts ("NO") reaches it; the range from the line above, else the sentence.
    private TokenRange RunOnRange(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        var start = WrappedStart(tokens, sentence);
        if (start == sentence.Start)
        {
            return sentence;
        }
        // From the last clause of the line above: "wedge excision No.1: Metastatic grade 2 (of" / "4) renal cell carcinoma".
        for (var i = sentence.Start - 1; i > start; i--)
        {
            if (tokens[i].Value is "," or ";" or ":" or ".")
            {
                start = i + 1;
                break;
            }
        }
        var last = tokens[sentence.Start - 1].Value;
        return _runOn.Contains(last) || _metastatic.Contains(last) || _siteAdjectives.Contains(last) ? new TokenRange(start, sentence.End) : sentence;
    }

    // "-PAPILLARY SEROUS ADENOCARCINOMA, POORLY DIFFERENTIATED," / "METASTATIC": a diagnosis line that runs on (no full stop)
    // into a line of a few words that ends with a word of metastasis, and names no site or morphology, states its spread.
    private bool EndsOnMetastaticLine(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        if (index + 1 >= analysed.Length)
        {
            return false;
        }
        var line = analysed[index];
        var next = analysed[index + 1];
        return next.Range.Start == line.Range.End && tokens[next.Range.Start].LineStart && tokens[line.Range.End - 1].Value != "."
               && next.Sites.Count == 0 && next.Morphologies.Count == 0 && next.Range.Count <= TrailingLineTokens
               && Words(tokens, next.Range).LastOrDefault() is { } last && _metastatic.Contains(last)
               && (next.Range.End >= tokens.Count || tokens[next.Range.End].LineStart);
    }

    private const int TrailingLineTokens = 4;
}
