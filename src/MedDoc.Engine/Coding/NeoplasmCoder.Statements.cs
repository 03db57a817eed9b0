using MedDoc.Engine.Sections;
using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

// NeoplasmCoder, part: whether a line states a diagnosis: headings, labels, form fields, examples and option lists state none.
public sealed partial class NeoplasmCoder
{
    // "Procedure: Radical nephrectomy" read as a radiology examination section is a field of a pathology report's form: the
    // field ends with its line, and the lines below it (the form's other fields, its histologic type) are coded when the
    // section the form stands in is (the one before the field, the report's body when none). A header alone on its line
    // ("EXAMINATION:" / "CT chest") still opens an uncoded section. The spans of those lines, in text order.
    private List<(int Start, int End)> CodedFormLines(string text, IReadOnlyList<Section> sections)
    {
        var spans = new List<(int Start, int End)>();
        var enclosing = SectionRuleSet.BodyCategory;
        foreach (var section in sections)
        {
            if (!_formFieldSections.Contains(section.Category) || section.Header is not { } header)
            {
                enclosing = section.Category;
                continue;
            }
            var sameLine = text.IndexOf('\n', header.End, section.Content.Start - header.End) < 0;
            var lineEnd = text.IndexOf('\n', section.Content.Start, section.Content.End - section.Content.Start);
            if (sameLine && lineEnd >= 0 && _sectionRules.Find(enclosing).Coded)
            {
                spans.Add((lineEnd + 1, section.Content.End));
            }
        }
        return spans;
    }

    private static bool InSpans(List<(int Start, int End)> spans, int offset) => spans.Exists(span => span.Start <= offset && offset < span.End);

    // A clinical-history header whose diagnosis header was lost to OCR ("CLINICAL HISTORY:" ... "I1PRESSION:" ...
    // "CERVIX, BIOPSY:" / "Invasive squamous cell carcinoma") runs on over the diagnoses: from the first specimen heading
    // of the section (a line that opens with a site and ends with a colon, or states its diagnosis after the colon:
    // "Right kidney, radical nephrectomy: Papillary renal cell carcinoma") on, its sentences are the report's diagnoses.
    private void DiagnosesUnderClinicalHeader(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        var diagnoses = false;
        var section = "";
        for (var s = 0; s < analysed.Length; s++)
        {
            var sentence = analysed[s];
            diagnoses &= sentence.Section == section;
            section = sentence.Section;
            if (!_clinicalSections.Contains(section))
            {
                continue;
            }
            diagnoses |= (tokens[sentence.Range.Start].LineStart || s > 0 && IsBareLabel(tokens, analysed[s - 1].Range)) && IsSpecimenHeading(tokens, sentence);
            if (diagnoses)
            {
                analysed[s] = sentence with { Section = DiagnosisSection };
            }
        }
    }

    private const string DiagnosisSection = "diagnosis";

    // "Right adnexa: positive for malignancy" reports a finding in a tissue, not the diagnosis line of a specimen.
    private const string ResultWord = "for";

    // "CERVIX, 1 O'CLOCK, BIOPSY:", "1)CERVIX, BIOPSY:", "Right kidney, radical nephrectomy: Papillary renal cell carcinoma":
    // a sentence that opens with a site (past its label and side) and ends with the colon after it, or names a morphology
    // just past it (at most two words between, not a test's result: "Right adnexa: positive for malignancy").
    private bool IsSpecimenHeading(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (sentence.Sites.Count == 0)
        {
            return false;
        }
        var start = sentence.IsLabelled ? LabelEnd(tokens, sentence.Range) : sentence.Range.Start;
        while (start < sentence.Range.End && (!tokens[start].IsWordLike || _sides.ContainsKey(tokens[start].Value)))
        {
            start++;
        }
        if (sentence.Sites[0].Match.Tokens.Start > start)
        {
            return false;
        }
        var colon = -1;
        for (var i = sentence.Range.Start; i < sentence.Range.End && colon < 0; i++)
        {
            colon = tokens[i].Value == ":" ? i : -1;
        }
        return colon > sentence.Sites[0].Match.Tokens.Start
               && (colon == sentence.Range.End - 1 || sentence.Morphologies.Any(morphology => morphology.Tokens.Start > colon
                   && WordsBetween(tokens, colon + 1, morphology.Tokens.Start) is { Count: <= 2 } lead && !lead.Contains(ResultWord)));
    }

    /// <summary>
    /// True when the words at <paramref name="span"/> open a diagnosis the report states on its own line or list item
    /// ("2. Prostatic adenocarcinoma, Gleason score 6"), not a mention in passing ("a protocol for carcinoma of the
    /// prostate", "Clinical history: breast cancer"). The test a second primary passes before it is coded.
    /// </summary>
    public bool StatesDiagnosis(TextModel document, Span span)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(span);
        var phrase = document.TokensIn(span.Start, span.End);
        if (phrase.Count <= 0 || document.Sentences.Count == 0)
        {
            return false;
        }
        var index = document.SentenceOf(phrase.Start);
        var sentence = document.Sentences[index];
        var sites = _sites.Matcher.FindAll(document.Tokens, sentence).Select(site => site.Tokens);
        var section = SectionOf(document.Sections, span.Start);
        return !_clinicalSections.Contains(section) && !IsMarkerName(document.Tokens, phrase) && !InExample(document.Tokens, phrase.Start)
               && OpensStatement(document.Tokens, sentence, sites, phrase.Start) && !InOptionList(document, index);
    }

    // "Urothelial Carcinoma Pathologic Parameters": a line that holds a morphology and then only the words of a form's title
    // is the title of a synoptic form, no diagnosis; it names no site and ends the specimen heading above it.
    private bool IsFormTitle(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (sentence.Sites.Count > 0 || sentence.Morphologies.Count == 0 || !tokens[sentence.Range.Start].LineStart
            || sentence.Morphologies[0].Tokens.Start != sentence.Range.Start)
        {
            return false;
        }
        var title = WordsBetween(tokens, sentence.Morphologies[^1].Tokens.End, sentence.Range.End);
        return title.Count > 0 && title.TrueForAll(_formTitle.Contains);
    }

    // "(Ex. Lung Cancer)", "(e.g. tumors of pancreas, ovary)": a form's or a note's example in brackets states no finding.
    // The bracket may open in the sentence before ("(Ex." ends a sentence for the splitter).
    private bool InExample(IReadOnlyList<Token> tokens, int start)
    {
        for (var i = start - 1; i >= Math.Max(0, start - ExampleReach); i--)
        {
            if (tokens[i].Value == ")")
            {
                return false;
            }
            if (tokens[i].Value == "(")
            {
                return i + 2 < start && _example.Contains(tokens[i + 1].Value) && (tokens[i + 2].Value == "." || tokens[i + 1].Value.StartsWith("example", StringComparison.Ordinal));
            }
        }
        return false;
    }

    private const int ExampleReach = 12;

    private bool InOptionList(TextModel document, int index)
    {
        var first = Math.Max(0, index - OptionWindow);
        var last = Math.Min(document.Sentences.Count - 1, index + OptionWindow);
        var names = new string?[last - first + 1];
        var unnumbered = new string?[names.Length];
        for (var s = first; s <= last; s++)
        {
            var range = document.Sentences[s];
            var morphologies = _morphologies.FindAll(document.Tokens, range);
            var sites = _sites.Matcher.FindAll(document.Tokens, range)
                .Count(site => !morphologies.Any(morphology => Overlaps(morphology.Tokens, site.Tokens)) && !IsMargin(document.Tokens, range, site.Tokens));
            names[s - first] = OptionName(document.Tokens, range, s > 0 && IsBareLabel(document.Tokens, document.Sentences[s - 1]), morphologies, sites);
            unnumbered[s - first] = names[s - first] is null ? UnnumberedOption(document.Tokens, range, morphologies, sites) : null;
        }
        return OptionLists(names, unnumbered)[index - first];
    }

    private const int OptionWindow = 12;

    // The choice a numbered item of a form offers ("7. Urothelial carcinoma, TCCa" → "urothelial carcinoma"): a sentence
    // that starts with a label or number, or follows a bare label, and names a morphology and no site. A short line or
    // a listed item or note without a morphology ("(invasive ± in-situ)", "17. Juxtaglomerular cell tumor", "7.") continues
    // the list (""); any other sentence is null. An item whose morphology follows an article ("B. The carcinoma measures
    // 3.6 cm") is a sentence of the report's own lettered diagnosis, no choice a form offers.
    private static string? OptionName(
        IReadOnlyList<Token> tokens, TokenRange range, bool afterLabel, IReadOnlyList<PhraseMatch<MorphologyRule>> morphologies, int siteCount)
    {
        var numbered = afterLabel || IsLabelled(tokens, range) || tokens[range.Start].Kind == TokenKind.Number;
        if (morphologies.Count == 0)
        {
            return range.Count <= 5 || numbered || tokens[range.Start].Value == "(" ? "" : null;
        }
        var start = IsLabelled(tokens, range) ? LabelEnd(tokens, range) : range.Start;
        var prose = WordsBetween(tokens, start, morphologies[0].Tokens.Start).Any(word => word is "the" or "a" or "an");
        return siteCount == 0 && numbered && !prose ? string.Join(' ', Words(tokens, morphologies[0].Tokens)) : null;
    }

    // A line that would be a form's choice but for its number, which OCR lost or ran onto the line above ("Wilms' tumor"
    // between "17. Juxtaglomerular cell tumor" and "18. Sarcoma"; "B\" Urothelial carcinoma, TCCa"): it opens its line,
    // names a morphology and no site, and no article stands before the morphology. Its choice, else null.
    private static string? UnnumberedOption(
        IReadOnlyList<Token> tokens, TokenRange range, IReadOnlyList<PhraseMatch<MorphologyRule>> morphologies, int siteCount) =>
        morphologies.Count > 0 && siteCount == 0 && (tokens[range.Start].LineStart || AfterItemNumber(tokens, range.Start))
        && tokens[range.Start].Kind == TokenKind.Word
        && !IsLabelled(tokens, range) && range.Count <= morphologies[0].Tokens.Count + UnnumberedItemExtra
        && !WordsBetween(tokens, range.Start, morphologies[0].Tokens.Start).Any(word => word is "the" or "a" or "an")
            ? string.Join(' ', Words(tokens, morphologies[0].Tokens))
            : null;

    private const int UnnumberedItemExtra = 7;

    // "Total number of lymph nodes examined: # 11." / "Urothelial carcinoma, small cell": the item's number closes the sentence before.
    private static bool AfterItemNumber(IReadOnlyList<Token> tokens, int start) =>
        start >= 2 && tokens[start - 1].Value == "." && tokens[start - 2].Kind == TokenKind.Number;

    // A form's list of choices ("4. Renal cell carcinoma, oncocytic / 5. Renal cell carcinoma, sarcomatoid / 6. Collecting
    // duct carcinoma / 7. Urothelial carcinoma, TCCa"): four or more consecutive items, each a morphology with no site, not
    // all the same one. Items that lost their number count when at least two others kept theirs and the list offers three
    // morphologies or more (a lettered diagnosis runs on one carcinoma). None of them is a diagnosis.
    private static bool[] OptionLists(IReadOnlyList<string?> names, IReadOnlyList<string?> unnumbered)
    {
        var inList = new bool[names.Count];
        for (var start = 0; start < names.Count;)
        {
            if (names[start] is null)
            {
                // A list opens with a numbered item or a label: a short diagnosis line just above a form is none of it.
                start++;
                continue;
            }
            var end = start;
            while (end < names.Count && (names[end] is not null || unnumbered[end] is not null))
            {
                end++;
            }
            var numbered = names.Skip(start).Take(end - start).OfType<string>().Where(name => name.Length > 0).ToArray();
            var options = numbered.Concat(unnumbered.Skip(start).Take(end - start).OfType<string>()).ToArray();
            if (IsOptionList(numbered) || numbered.Length >= NumberedOptions && options.Length >= 4 && options.Distinct(StringComparer.Ordinal).Count() >= 3)
            {
                Array.Fill(inList, true, start, end - start);
            }
            start = Math.Max(end, start + 1);
        }
        return inList;
    }

    private const int NumberedOptions = 2;

    private static bool IsOptionList(IReadOnlyList<string> options) => options.Count >= 4 && options.Distinct(StringComparer.Ordinal).Count() >= 2;

    // A diagnosis stated as its own line or list item: before it stand only list labels and bullets ("2.", "(B)", "-")
    // and at most two modifiers ("Invasive", "Unilateral"), or the item opens with a site ("Prostate with incidental
    // prostatic adenocarcinoma"). Words before a colon must name a site to be a specimen heading ("PROSTATE: ..."); any
    // other label ("Clinical history:", "Source of specimen:") makes the rest a field of a form, not a diagnosis.
    private static bool OpensStatement(IReadOnlyList<Token> tokens, TokenRange sentence, IEnumerable<TokenRange> sites, int phraseStart)
    {
        var siteStarts = sites.Select(site => site.Start).ToHashSet();
        var start = sentence.Start;
        for (var i = phraseStart - 1; i >= sentence.Start; i--)
        {
            if (tokens[i].Value == ":")
            {
                if (!siteStarts.Any(site => site < i))
                {
                    return false;
                }
                start = i + 1;
                break;
            }
        }
        var words = 0;
        for (var i = start; i < phraseStart; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Length <= 2)
            {
                continue;
            }
            if (words == 0 && siteStarts.Contains(i))
            {
                return true;
            }
            if (++words > 2)
            {
                return false;
            }
        }
        return true;
    }

    // "MELANOMA-E (HMB-45)", "RCC-Negative": a morphology joined by a hyphen to the next word names an immunostain or
    // marker, not a tumour.
    private static bool IsMarkerName(IReadOnlyList<Token> tokens, TokenRange morphology)
    {
        var end = morphology.End;
        return end + 1 < tokens.Count
               && tokens[end].Value == "-" && tokens[end].Start == tokens[end - 1].End
               && tokens[end + 1].Kind == TokenKind.Word && tokens[end + 1].Start == tokens[end].End
               && tokens[end + 1].Value != "in";
    }

    // A heading names a specimen: it ends with a colon, starts with a specimen label ("(A)", "B.", "2:", "Part 1") or is
    // a line of the specimen section, and states no morphology of its own.
    private static bool IsHeading(IReadOnlyList<Token> tokens, TokenRange range, string section, int morphologyCount)
    {
        if (morphologyCount > 0)
        {
            return false;
        }
        if (section == "specimen" || tokens[range.End - 1].Value == ":")
        {
            return true;
        }
        return IsLabelled(tokens, range);
    }

    // A sentence that is only a list label: "3.", "B)", "10".
    private static bool IsBareLabel(IReadOnlyList<Token> tokens, TokenRange range) =>
        range.Count is > 0 and <= 2 && (tokens[range.Start].Kind == TokenKind.Number || tokens[range.Start].Length <= 2)
        && (range.Count == 1 || tokens[range.Start + 1].Kind == TokenKind.Punctuation);

    // The first token after a sentence's specimen label.
    private static int LabelEnd(IReadOnlyList<Token> tokens, TokenRange range) =>
        Math.Min(range.End, tokens[range.Start].Value == "(" ? range.Start + 3 : range.Start + 2);

    private static bool HasWords(IReadOnlyList<Token> tokens, TokenRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (tokens[i].Kind == TokenKind.Word && tokens[i].Length > 2)
            {
                return true;
            }
        }
        return false;
    }

    // A specimen label opens the sentence: "(A)", "B.", "2:", "Part 1", "Specimen 2".
    private static bool IsLabelled(IReadOnlyList<Token> tokens, TokenRange range)
    {
        var first = tokens[range.Start];
        var second = range.Start + 1 < range.End ? tokens[range.Start + 1].Value : "";
        var third = range.Start + 2 < range.End ? tokens[range.Start + 2].Value : "";
        return (first.Value == "(" && third == ")")
               || (first.Value.Length <= 2 && first.IsWordLike && second is "." or ")" or ":")
               || first.Value is "part" or "specimen";
    }

    // A sentence of a coded section, or a synoptic report's histologic-type field ("Histologic type: Prostatic
    // adenocarcinoma") where a field label above it was read as a section header that is not coded ("Procedure:
    // Radical prostatectomy" read as a radiology examination line, "Specimen: ...").
    private bool IsCoded(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (_sectionRules.Find(sentence.Section).Coded)
        {
            return true;
        }
        return _typeFieldSections.Contains(sentence.Section) && IsTypeField(tokens, sentence.Range);
    }

    // "Tumor histologic type: squamous cell carcinoma" (also as a list item: "3. Histologic type: ..."): a synoptic
    // report's field for the histology of the one tumour the report's site line places.
    private bool IsTypeField(IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        var start = IsLabelled(tokens, sentence) ? LabelEnd(tokens, sentence) : sentence.Start;
        return _typeLabels.Match(tokens, start, sentence.End) is { } label
               && label.Tokens.End < sentence.End && tokens[label.Tokens.End].Value == ":";
    }

    // A specimen heading naming a site stands above the sentence in its section.
    private static bool HasHeadingAbove(SentenceView[] analysed, int index)
    {
        for (var s = index - 1; s >= 0 && analysed[s].Section == analysed[index].Section; s--)
        {
            if (analysed[s].IsHeading && analysed[s].Sites.Count > 0)
            {
                return true;
            }
        }
        return false;
    }
}
