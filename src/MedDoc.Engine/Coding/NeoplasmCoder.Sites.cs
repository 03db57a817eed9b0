using MedDoc.Engine.Text;

namespace MedDoc.Engine.Coding;

// NeoplasmCoder, part: where a mention's tumour is: the site its sentence, its heading, its part line or its operation names.
public sealed partial class NeoplasmCoder
{
    // A synoptic form's site line that names only a part ("PANCREAS TISSUE CHECKLIST" ... "Tumor site: Head") names that
    // part of the organ the lines just above it name (the form's title, the operation: "Procedure: Pancreaticoduodenectomy").
    private SiteMention? PartSiteLine(string text, IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        for (var s = 0; s < analysed.Length; s++)
        {
            var line = analysed[s];
            if (!line.IsSiteLine || line.Sites.Count > 0 || FieldValue(tokens, line.Range) is not { } value)
            {
                continue;
            }
            var organ = OrganAbove(analysed, s);
            if (organ?.Match.Value.Entry is not { Primary: { } organCode, Path: [var name, ..] })
            {
                continue;
            }
            var words = string.Join(' ', Words(tokens, value));
            var part = _sites.Find($"{words} of {name}") ?? _sites.Find($"{name} {words}");
            if (part?.Entry.Primary is { } partCode && Category(partCode) == Category(organCode))
            {
                return new SiteMention(new PhraseMatch<NeoplasmSite>(part, value), SpanOf(text, tokens, value), BodySide.Unspecified);
            }
        }
        return null;
    }

    // A form's site label on a line of its own with the site on the line below ("Anatomic site and laterality" / "Bladder
    // NOS"): the line below, when it opens with the site, or names sites of one category after a few modifiers ("Right
    // dorsolateral bladder wall", "Anterior and posterior uterine walls"), and states no morphology.
    private SiteMention? SiteBelowLabel(IReadOnlyList<Token> tokens, SentenceView[] analysed)
    {
        for (var s = 0; s + 1 < analysed.Length; s++)
        {
            var label = analysed[s];
            var value = analysed[s + 1];
            if (label.Sites.Count > 0 || label.Morphologies.Count > 0 || !tokens[label.Range.Start].LineStart || !tokens[value.Range.Start].LineStart
                || _siteLabels.Match(tokens, label.Range.Start, label.Range.End) is not { } match || !match.Value.Contains("site", StringComparison.Ordinal)
                || WordsBetween(tokens, match.Tokens.End, label.Range.End).Any(word => word is not ("and" or "laterality" or "side")))
            {
                continue;
            }
            if (value.Morphologies.Count == 0 && value.Sites.Count > 0
                && (value.Sites[0].Match.Tokens.Start == value.Range.Start || OpensWithModifiedSite(tokens, value)))
            {
                return value.Sites[0];
            }
        }
        return null;
    }

    // "Right dorsolateral bladder wall": at most three words before the first site, no article among them (a sentence, "The
    // bladder was not received", is no field value), and every site of the line in one category.
    private static bool OpensWithModifiedSite(IReadOnlyList<Token> tokens, SentenceView line) =>
        WordsBetween(tokens, line.Range.Start, line.Sites[0].Match.Tokens.Start) is { Count: <= 3 } lead
        && !lead.Any(word => word is "the" or "a" or "an")
        && line.Sites.Select(SiteCategory).Distinct(StringComparer.Ordinal).Count() == 1;

    // The one or two words after a field's colon ("Tumor site: Head").
    private static TokenRange? FieldValue(IReadOnlyList<Token> tokens, TokenRange line)
    {
        for (var i = line.Start; i < line.End; i++)
        {
            if (tokens[i].Value == ":")
            {
                var value = new TokenRange(i + 1, line.End);
                return value.Count is > 0 and <= 2 && Words(tokens, value).Count() == value.Count ? value : null;
            }
        }
        return null;
    }

    // The organ the nearest of the few lines above names alone (one category), if any.
    private static SiteMention? OrganAbove(SentenceView[] analysed, int index)
    {
        for (var s = index - 1; s >= Math.Max(0, index - PartSiteReach); s--)
        {
            var organs = analysed[s].Sites.Where(site => site.Match.Value.Entry.Primary is not null).ToArray();
            if (organs.Length > 0)
            {
                return organs.Select(SiteCategory).Distinct(StringComparer.Ordinal).Count() == 1 ? organs[0] : null;
            }
        }
        return null;
    }

    private const int PartSiteReach = 6;

    // A form's fields run together on one line when OCR loses the line breaks ("Tumor features: None specifiedHistologic
    // type: AdenocarcinomaHistologic grade: ..."): each field is its own clause, and a trigger in another field ("None")
    // does not reach its value. The field of a morphology on a line of two or more fields: from the colon before it to the
    // next colon; null on a line of one field or none.
    private static TokenRange? FieldOf(IReadOnlyList<Token> tokens, TokenRange sentence, TokenRange morphology)
    {
        int colons = 0, start = sentence.Start, end = sentence.End;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (tokens[i].Value != ":")
            {
                continue;
            }
            colons++;
            if (i < morphology.Start)
            {
                start = i + 1;
            }
            else if (i >= morphology.End && end == sentence.End)
            {
                end = i;
            }
        }
        return colons >= 2 ? new TokenRange(start, end) : null;
    }

    // A diagnosis under its own label that names no site but the operation ("Left partial maxillectomy and left cheek:
    // squamous cell carcinoma" → maxilla): the label is the specimen's heading, and the heading above no longer applies.
    // So is a diagnosis that opens with the operation and names no site before its malignancy ("Prostatectomy specimen
    // with poorly differentiated adenocarcinoma, infiltrating the seminal vesicles" → prostate): the organs it goes on to
    // reach do not leave the site open.
    private SiteMention? OperationLabelSite(string text, IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology)
    {
        var colon = -1;
        for (var i = sentence.Range.Start; i < morphology.Start; i++)
        {
            colon = tokens[i].Value == ":" ? i : colon;
        }
        if (colon < 0)
        {
            return sentence.Sites.Any(site => site.Match.Tokens.Start < morphology.Start) ? null
                : ProcedureSite(text, tokens, new TokenRange(sentence.Range.Start, morphology.Start), sentence.Side);
        }
        if (sentence.Sites.Any(site => site.Match.Tokens.Start < colon))
        {
            return null;
        }
        return ProcedureSite(text, tokens, new TokenRange(sentence.Range.Start, colon), sentence.Side);
    }

    // A line that names no site but the operations that removed the specimen names their organ when they remove one:
    // "(C) PARTIAL GLOSSECTOMY:" → tongue, "RIGHT RADICAL NEPHRECTOMY" → kidney; "HYSTERECTOMY AND BILATERAL
    // SALPINGO-OOPHORECTOMY" removes organs of two categories and names none.
    private SiteMention? ProcedureSite(string text, IReadOnlyList<Token> tokens, TokenRange range, BodySide side)
    {
        var procedures = _procedures.FindAll(tokens, range);
        if (procedures.Count == 0 || procedures.Select(procedure => SiteCategory(procedure.Value)).Distinct(StringComparer.Ordinal).Count() != 1)
        {
            return null;
        }
        return new SiteMention(procedures[0], SpanOf(text, tokens, procedures[0].Tokens), side, Inferred: true);
    }

    // "Adenocarcinoma, Gleason score 3+4=7": a grading system used for one organ's carcinoma only places the sentence's tumour there.
    private SiteMention? GradedSite(string text, IReadOnlyList<Token> tokens, TokenRange sentence)
    {
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (_gradingSites.TryGetValue(tokens[i].Value, out var site))
            {
                var at = new TokenRange(i, i + 1);
                return new SiteMention(new PhraseMatch<NeoplasmSite>(site, at), SpanOf(text, tokens, at), BodySide.Unspecified);
            }
        }
        return null;
    }

    // "Tumor site: left kidney", "Tumor location: right upper lobe" (a bare "Location:" or "Specimen:" is no tumour's
    // site), also as an item of a numbered list ("3. Tumor site: Endometrium"), or a form's field written without a colon,
    // the line going on from its label (and an aside in brackets) straight to the site and its side: "Site of Primary
    // (Histology) Bladder", "Site of Tissue/Primary Left lower lobe"; a bullet may open the line ("-Tumor site: Sigmoid colon").
    private bool IsSiteLine(IReadOnlyList<Token> tokens, TokenRange range, IReadOnlyList<SiteMention> sites)
    {
        var start = IsLabelled(tokens, range) ? LabelEnd(tokens, range) : range.Start;
        start += start < range.End && tokens[start].Value == "-" ? 1 : 0;
        var label = _siteLabels.Match(tokens, start, range.End);
        if (label is null || !(label.Value.Contains("site", StringComparison.Ordinal) || label.Value.StartsWith("tumo", StringComparison.Ordinal))
            || label.Tokens.End >= range.End)
        {
            return false;
        }
        if (tokens[label.Tokens.End].Value == ":")
        {
            return true;
        }
        var value = PastAside(tokens, label.Tokens.End, range.End);
        while (value < range.End && _sides.ContainsKey(tokens[value].Value))
        {
            value++;
        }
        return tokens[range.Start].LineStart && sites.Count > 0 && sites[0].Match.Tokens.Start == value;
    }

    // The site the sentence names as the tumour's origin: after "of"/"in"/"arising in" following the morphology, else the
    // nearest before it; never one after a spread word ("invading", "into"). A metastatic mention's "to"/"in" site is its location.
    // Organs of three categories before it, or two joined by "and", list a multi-organ specimen ("Urinary bladder and
    // prostate; cystoprostatectomy: urothelial carcinoma"): the origin is the site the sentence later places the tumour
    // "in" or "within" ("... located in the pancreatic head"), else the organ the list names first, the main specimen.
    // Two sites without "and" name an organ and its part ("Pharynx, left supraglottis"): the nearer, more specific one.
    // A site that modifies the morphology ("Uterus, tubes & ovaries: bilateral ovarian serous carcinoma") is the origin.
    private SiteMention? OriginSite(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology, bool metastatic)
    {
        SiteMention? before = null;
        SiteMention? firstBefore = null;
        var categoriesBefore = new HashSet<string?>(StringComparer.Ordinal);
        foreach (var site in sentence.Sites)
        {
            if (site.Match.Tokens.Start >= morphology.End)
            {
                var gap = WordsBetween(tokens, PastSize(tokens, morphology.End, site.Match.Tokens.Start), site.Match.Tokens.Start);
                if (gap.Count <= 4 && gap.Any(IsOrigin) && !gap.Any(word => _spread.Contains(word) && !(metastatic && word == "to")))
                {
                    return site;
                }
            }
            else if (site.Match.Tokens.End <= morphology.Start && !IsSpread(tokens, sentence.Range, site.Match.Tokens))
            {
                before = site;
                firstBefore ??= site;
                categoriesBefore.Add(SiteCategory(site));
            }
        }
        var organList = categoriesBefore.Count >= 3
                        || (categoriesBefore.Count == 2 && WordsBetween(tokens, firstBefore!.Match.Tokens.End, before!.Match.Tokens.Start).Any(word => word is "and" or "&"));
        if (before is null)
        {
            return metastatic ? null : LocatedLater(tokens, sentence, morphology);
        }
        // A joining word between the list and the morphology ("OVARY AND FALLOPIAN TUBE WITH SEROUS ADENOCARCINOMA") leaves
        // the last organ no modifier of it.
        var modifies = IsAdjacent(tokens, before!.Match.Tokens, morphology)
                       && !WordsBetween(tokens, before.Match.Tokens.End, morphology.Start).Any(_runOn.Contains);
        return organList && !modifies ? PlacedLater(tokens, sentence, morphology) ?? firstBefore : before;
    }

    // "ductal adenocarcinoma ... forming a solid mass (4.3 cm) located in the pancreatic head": a site the sentence places
    // the tumour at with a verb of location ("located", "centered", "arising") further on than "of"/"in" reaches, in the
    // same clause ("cancer, two foci located in the lip" places the foci).
    private SiteMention? LocatedLater(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.FirstOrDefault(site => site.Match.Tokens.Start >= morphology.End
            && !IsSpread(tokens, sentence.Range, site.Match.Tokens)
            && !HasClauseBreak(tokens, morphology.End, site.Match.Tokens.Start)
            && WordsBetween(tokens, Math.Max(morphology.End, site.Match.Tokens.Start - 4), site.Match.Tokens.Start) is var lead
            && lead.Any(IsOrigin) && lead.Any(_located.Contains));

    // The end of the size that follows a tumour ("a tumor of 5 x 3 cm in the tongue", "measuring 4 cm in diameter"): a number
    // after its leading words, with the units and numbers that go on from it and "in diameter"; the start when no number comes.
    private int PastSize(IReadOnlyList<Token> tokens, int start, int end)
    {
        var i = start;
        while (i < end && (!tokens[i].IsWordLike || _sizeLead.Contains(tokens[i].Value)))
        {
            i++;
        }
        if (i == end || !IsSizeNumber(tokens[i]))
        {
            return start;
        }
        while (i < end && (!tokens[i].IsWordLike || IsSizeNumber(tokens[i]) || _size.Contains(tokens[i].Value)
                           || tokens[i].Value == "in" && i + 1 < end && _size.Contains(tokens[i + 1].Value)))
        {
            i++;
        }
        return i;
    }

    private static bool IsSizeNumber(Token token) => token.Kind == TokenKind.Number || char.IsAsciiDigit(token.Value[0]);

    // "of", "in", also glued to the article by OCR ("adenocarcinoma ofthe prostate").
    private bool IsOrigin(string word) =>
        _origin.Contains(word) || word.EndsWith("the", StringComparison.Ordinal) && _origin.Contains(word[..^3]);

    private SiteMention? PlacedLater(IReadOnlyList<Token> tokens, SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.FirstOrDefault(site => site.Match.Tokens.Start >= morphology.End
            && !IsSpread(tokens, sentence.Range, site.Match.Tokens)
            && WordsBetween(tokens, Math.Max(morphology.End, site.Match.Tokens.Start - 2), site.Match.Tokens.Start).Any(IsOrigin));

    // A pathology report wraps a specimen's diagnosis after its heading, and each line is read as a sentence:
    // "LUNG, LEFT UPPER LOBE (LOBECTOMY): INFILTRATING MODERATELY" / "DIFFERENTIATED SQUAMOUS CELL CARCINOMA", or
    // "OVARY, RIGHT, SALPINGO-OOPHORECTOMY" / "-PAPILLARY SEROUS ADENOCARCINOMA". A morphology that opens a line (no
    // label of its own before it: "Histologic type: adenocarcinoma" is a field) takes the site of the heading above: the
    // site before the colon of a line that goes on after it, or of a line with no colon when the morphology is a "-" item.
    private SiteMention? WrappedSite(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index, TokenRange morphology, bool primary)
    {
        var sentence = analysed[index];
        if (index == 0 || !tokens[sentence.Range.Start].LineStart || WordsBetween(tokens, sentence.Range.Start, morphology.Start).Count > 3
            || HasColon(tokens, sentence.Range.Start, morphology.Start))
        {
            return null;
        }
        var above = analysed[index - 1];
        var last = tokens[above.Range.End - 1];
        if (above.Section != sentence.Section || !(last.IsWordLike || last.Value is "," or ")") || above.Morphologies.Count > 0 || above.IsSiteLine)
        {
            return null;
        }
        var colon = -1;
        for (var i = above.Range.Start; i < above.Range.End; i++)
        {
            colon = tokens[i].Value == ":" ? i : colon;
        }
        if (colon < 0 && _metastatic.Contains(last.Value))
        {
            // "FIVE OF TWENTY-ONE LYMPH NODES, POSITIVE FOR METASTATIC" / "ADENOCARCINOMA (5/21).": the metastasis lies in
            // the site the line above names for it.
            return above.Sites.LastOrDefault(site => !IsSpread(tokens, above.Range, site.Match.Tokens));
        }
        // "OVARIES, TUBES, LYMPH NODES, UTERUS: BILATERAL OVARIAN" / "SEROUS ADENOCARCINOMA", "POORLY DIFFERENTIATED PROSTATIC" /
        // "ADENOCARCINOMA": a site's adjective that ends the line above, after its heading's colon if it has one, modifies the
        // wrapped morphology and is its origin, over the specimen list (a noun ending a line is a form's value or label:
        // "*Distal Stomach" / "Ductal adenocarcinoma", "Dissected Lymph Nodes" / "Distant Metastasis").
        var adjective = above.Sites.LastOrDefault(site => site.Match.Tokens.Start > colon && site.Match.Tokens.End == above.Range.End
                                                          && _siteAdjectives.Contains(tokens[site.Match.Tokens.End - 1].Value)
                                                          && !IsSpread(tokens, above.Range, site.Match.Tokens));
        if (colon < 0)
        {
            return adjective
                   ?? (above.Sites.Count > 0 && (tokens[sentence.Range.Start].Value == "-" || OpensWithSite(tokens, above)) ? SingleSite(tokens, above, primary) : null);
        }
        var heading = above.Sites.LastOrDefault(site => site.Match.Tokens.End <= colon);
        return heading is not null && adjective is not null ? adjective : heading;
    }

    // "TONSIL, RIGHT, BIOPSY", "A. Ovary, left": the first word after the line's label is where its first site starts.
    private static bool OpensWithSite(IReadOnlyList<Token> tokens, SentenceView line)
    {
        var start = line.IsLabelled ? LabelEnd(tokens, line.Range) : line.Range.Start;
        while (start < line.Range.End && !tokens[start].IsWordLike)
        {
            start++;
        }
        return line.Sites.Count > 0 && line.Sites[0].Match.Tokens.Start <= start;
    }

    // A heading's subsite refines the sentence's site: "Lymph nodes, left axillary:" then "carcinoma in 2 of 12 lymph nodes" → axillary.
    private static SiteMention? Refine(SiteMention? site, SiteMention? heading)
    {
        if (site is null || heading is null)
        {
            return site;
        }
        var general = site.Match.Value.Entry.Path;
        var specific = heading.Match.Value.Entry.Path;
        return specific.Count > general.Count && specific.Take(general.Count).SequenceEqual(general, StringComparer.Ordinal) ? heading : site;
    }

    // "liver, lung and bone metastases", "metastases in the liver and the lungs": the sites coordinated with the one a
    // metastasis lies in share it, each joined to the next by "and", "or" or a comma.
    private static IEnumerable<SiteMention> Coordinated(IReadOnlyList<Token> tokens, SentenceView sentence, SiteMention site)
    {
        for (var next = site; next.Match.Tokens.Start - 1 > sentence.Range.Start && tokens[next.Match.Tokens.Start - 1].IsCoordination
             && sentence.Sites.LastOrDefault(other => other.Match.Tokens.End == next.Match.Tokens.Start - 1) is { } before; next = before)
        {
            yield return before;
        }
        for (var next = site; FirstAfterCoordination(tokens, sentence.Range, next.Match.Tokens.End) is { } at
             && sentence.Sites.FirstOrDefault(other => other.Match.Tokens.Start == at) is { } after; next = after)
        {
            yield return after;
        }
    }

    // The token after "and", "or", "," or ", and" at <paramref name="at"/>, past a "the"; null when no coordination is there.
    private static int? FirstAfterCoordination(IReadOnlyList<Token> tokens, TokenRange sentence, int at)
    {
        var next = at;
        while (next < sentence.End && tokens[next].IsCoordination)
        {
            next++;
        }
        if (next == at)
        {
            return null;
        }
        return next < sentence.End && tokens[next].Value == "the" ? next + 1 : next;
    }

    private static SiteMention? AdjacentBefore(SentenceView sentence, TokenRange morphology) =>
        sentence.Sites.LastOrDefault(site => site.Match.Tokens.End == morphology.Start);

    // A site that modifies the morphology ("prostatic adenocarcinoma", "bladder urothelial carcinoma"): at most one word
    // between them and no punctuation.
    private static bool IsAdjacent(IReadOnlyList<Token> tokens, TokenRange site, TokenRange morphology)
    {
        if (morphology.Start - site.End > 1)
        {
            return false;
        }
        for (var i = site.End; i < morphology.Start; i++)
        {
            if (!tokens[i].IsWordLike)
            {
                return false;
            }
        }
        return true;
    }

    // The nearest specimen heading above the sentence. A heading found in another section (the list of specimens
    // submitted) stands for its first specimen, the main one. A labelled heading that names no site we know
    // ("(D) TOTAL GLOSSECTOMY, SUBMANDIBULAR:"; also one whose colon OCR lost or that runs into its diagnosis: "PART 5:
    // RADICAL RESECTION, GLEASON SCORE 3+4=7") still starts a new specimen: the one above no longer applies. For a
    // primary tumour, a tumour-site line nearer than any heading places it ("4 - Total laryngectomy" / "Tumor site:
    // Larynx" / "Squamous cell carcinoma, grade 2" below "3 - Recurrent laryngeal node:").
    private SiteMention? HeadingSite(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index, bool primary)
    {
        for (var s = index - 1; s >= 0; s--)
        {
            var candidate = analysed[s];
            if (candidate.IsHeading && candidate.IsLabelled && candidate.Sites.Count == 0 && candidate.Section == analysed[index].Section
                && HasWords(tokens, new TokenRange(LabelEnd(tokens, candidate.Range), candidate.Range.End)))
            {
                return null;
            }
            if (primary && candidate.IsSiteLine && candidate.Sites.Count > 0 && candidate.Section == analysed[index].Section)
            {
                return candidate.Sites[0];
            }
            if (IsFormTitle(tokens, candidate) && candidate.Section == analysed[index].Section)
            {
                return null;
            }
            if (!candidate.IsHeading || candidate.Sites.Count == 0)
            {
                continue;
            }
            if (candidate.Section == analysed[index].Section)
            {
                return SingleSite(tokens, WithWrappedStart(tokens, analysed, s), primary);
            }
            // A finding under an item label ("C. The tumour identified is ...") belongs to the specimen of that label,
            // listed in the specimen section or headed in the diagnoses above a comment.
            if (ItemLabel(tokens, analysed, index) is { } label && LabelledHeading(tokens, analysed, s, label) is { } labelled)
            {
                return SingleSite(tokens, labelled, primary);
            }
            if (candidate.Section != "specimen")
            {
                return null;
            }
            var first = s;
            for (var t = s - 1; t >= 0 && analysed[t].Section == candidate.Section; t--)
            {
                if (analysed[t].IsHeading && analysed[t].Sites.Count > 0)
                {
                    first = t;
                }
            }
            return SingleSite(tokens, analysed[first], primary);
        }
        return null;
    }

    // The label of the specimen item a sentence belongs to: its own ("C. The tumour identified is ... carcinoma") or that
    // of the nearest line above in its section that opens with one; null when none does.
    private static string? ItemLabel(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        for (var s = index; s >= 0 && analysed[s].Section == analysed[index].Section; s--)
        {
            if (tokens[analysed[s].Range.Start].LineStart && ItemLabel(tokens, analysed[s]) is { } label)
            {
                return label;
            }
        }
        return null;
    }

    // The nearest heading at or above index that names a site under the given item label ("D. Right lobe liver, wedge
    // resection:" for a comment's "D. The adenocarcinoma cells are positive for CK7"; "C." / "Bladder and prostate" in a
    // specimen list whose labels the sentence splitter cut off), or null.
    private static SentenceView? LabelledHeading(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index, string label)
    {
        for (var t = index; t >= 0; t--)
        {
            if (analysed[t].IsHeading && analysed[t].Sites.Count > 0
                && (ItemLabel(tokens, analysed[t]) ?? (t > 0 && IsBareLabel(tokens, analysed[t - 1].Range) ? ItemLabel(tokens, analysed[t - 1]) : null)) == label)
            {
                return analysed[t];
            }
        }
        return null;
    }

    // "C" for "C. Bladder and prostate", "(C) ...", "C) ..."; never a "Part"/"Specimen" label, whose number follows it.
    private static string? ItemLabel(IReadOnlyList<Token> tokens, SentenceView sentence)
    {
        if (!sentence.IsLabelled)
        {
            return null;
        }
        var label = tokens[sentence.Range.Start].Value == "(" ? tokens[sentence.Range.Start + 1] : tokens[sentence.Range.Start];
        return label.Value is "part" or "specimen" ? null : label.Value;
    }

    // "(A) LEFT NECK DISSECTION, MANDIBULECTOMY, FLOOR OF MOUTH ALVEOLECTOMY, AND" / "RADICAL RESECTION OF FACIAL SKIN:": a
    // heading whose line continues a list the lines above left open (the last word "and" or a comma) names the sites of all.
    private static SentenceView WithWrappedStart(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        var heading = analysed[index];
        for (var s = index - 1; s >= 0; s--)
        {
            var above = analysed[s];
            if (above.Section != heading.Section || above.Range.End != heading.Range.Start || !tokens[heading.Range.Start].LineStart
                || above.Morphologies.Count > 0 || tokens[above.Range.End - 1].Value is not ("and" or ","))
            {
                break;
            }
            heading = heading with { Range = new TokenRange(above.Range.Start, heading.Range.End), Sites = [.. above.Sites, .. heading.Sites] };
        }
        return heading;
    }

    // "PART 2: UTERUS, CERVIX, FALLOPIAN TUBES AND OVARIES" / "SEROUS CARCINOMA INVOLVING THE LEFT OVARY": a heading that lists
    // the organs removed together names none of them, and the line below tells which one the carcinoma involves. A site the
    // tumour involves is spread beyond the specimen only when the heading does not list it.
    private SiteMention? ListedOrganInvolved(IReadOnlyList<Token> tokens, SentenceView[] analysed, int index)
    {
        var sentence = analysed[index];
        for (var s = index - 1; s >= 0 && analysed[s].Section == sentence.Section; s--)
        {
            var heading = analysed[s];
            if (!heading.IsHeading || heading.Sites.Count == 0)
            {
                continue;
            }
            var listed = heading.Sites.Where(site => site.Match.Value.Entry.Primary is not null && !IsSpreadTissue(site))
                .Select(SiteCategory).ToHashSet(StringComparer.Ordinal);
            if (listed.Count < 2)
            {
                return null;
            }
            return sentence.Sites.FirstOrDefault(site => IsInvolved(tokens, sentence.Range, site.Match.Tokens) && site.Match.Value.Entry.Primary is not null
                && listed.Contains(SiteCategory(site)!));
        }
        return null;
    }

    // "FLOOR OF MOUTH, TONGUE, LINGUAL CORTEX AND NECK DISSECTION:": a heading listing contiguous sites of one overlapping
    // lesion (lip, oral cavity and pharynx; ovary and tube) names the one it lists first, the main specimen.
    private SiteMention? ContiguousFirst(IReadOnlyList<SiteMention> sites)
    {
        var categories = sites.Select(site => site.Match.Value.Entry.Primary).OfType<string>().Select(Category).ToHashSet(StringComparer.Ordinal);
        return sites.All(site => site.Match.Value.Entry.Primary is not null)
               && _overlappingSites.Any(rule => categories.All(rule.Categories.Contains)) ? sites[0] : null;
    }

    // The site a heading names, or null when it names organs of several categories ("Uterus, cervix, tubes and ovaries").
    // An organ followed by one of its parts after a comma names the part ("UTERUS, CERVIX, BIOPSY", "Kidney, pelvis").
    // For a primary tumour, a heading that opens with an organ and goes on to sites the table gives no primary column (lymph
    // nodes: secondary only) names that organ: "LUNG, RIGHT UPPER LOBE, AND HILAR LYMPH NODES, LOBECTOMY:" names the lung
    // ("Lymph nodes, common hepatic artery:" opens with the nodes and names no organ). A heading listing contiguous sites of
    // one overlapping lesion names the first (see ContiguousFirst).
    private SiteMention? SingleSite(IReadOnlyList<Token> tokens, SentenceView heading, bool primary)
    {
        IReadOnlyList<SiteMention> sites = primary && heading.Sites[0].Match.Value.Entry.Primary is not null
            ? heading.Sites.Where(site => site.Match.Value.Entry.Primary is not null).ToArray()
            : !primary && heading.Sites.Any(site => !site.Inferred) ? heading.Sites.Where(site => !site.Inferred).ToArray()
            : heading.Sites;
        if (primary && sites.Any(site => IsReached(tokens, heading.Range, site.Match.Tokens)))
        {
            // "BIOPSIES, MASS PROTRUDING INTO VAGINA:": a site the specimen's mass reaches is not where it arose.
            sites = sites.Where(site => !IsReached(tokens, heading.Range, site.Match.Tokens)).ToArray();
            if (sites.Count == 0)
            {
                return null;
            }
        }
        if (primary && sites.Any(site => !IsSpreadTissue(site)))
        {
            // "COMPOSITE RESECTION LEFT MANDIBLE, BUCCAL, FOM:": the bone is removed with the mucosa the tumour arose in.
            sites = sites.Where(site => !IsSpreadTissue(site)).ToArray();
        }
        var first = sites[0];
        if (sites.Count == 2 && sites[1] is var second && _sites.IsPartOf(second.Match.Value, first.Match.Value)
            && WordsBetween(tokens, first.Match.Tokens.End, second.Match.Tokens.Start).Count == 0)
        {
            return second;
        }
        var category = first.Match.Value.Entry.Primary ?? first.Match.Value.Entry.Secondary;
        foreach (var site in sites)
        {
            var other = site.Match.Value.Entry.Primary ?? site.Match.Value.Entry.Secondary;
            if (category is null || other is null || Category(other) != Category(category))
            {
                return primary ? OperatedSite(tokens, heading, sites) ?? ContiguousFirst(sites) : null;
            }
        }
        return first;
    }

    // "Prostate and seminal vesicles, radical prostatectomy:": a heading that lists first the organ its operation is named
    // for names that organ (an operation of one organ only; "hysterectomy and salpingo-oophorectomy" names none). Not when
    // it also lists a part of that organ ("Uterus, cervix, ..., radical hysterectomy": which part is open), nor when
    // another organ leads the list ("Bladder, prostate, ...; radical prostatectomy").
    private SiteMention? OperatedSite(IReadOnlyList<Token> tokens, SentenceView heading, IReadOnlyList<SiteMention> sites)
    {
        var operated = _procedures.FindAll(tokens, heading.Range).Select(procedure => SiteCategory(procedure.Value)).Distinct(StringComparer.Ordinal).ToArray();
        var organ = sites[0];
        return operated is [{ } only] && SiteCategory(organ) == only && !sites.Skip(1).Any(site => _sites.IsPartOf(site.Match.Value, organ.Match.Value))
            ? organ
            : null;
    }

    /// <summary>
    /// The side of the sentence (<paramref name="sentenceSide"/>, read over all of <paramref name="sentence"/>) that a site
    /// written without its own side takes, leaving out the side words that another site, joint or limb of the sentence opens
    /// with or follows right after: in "Right knee pain and breast cancer" the right is the knee's, so the breast has no side; in "Left
    /// breast, mastectomy: carcinoma" it stays the breast's.
    /// </summary>
    private BodySide SideLeftFor(
        IReadOnlyList<Token> tokens, TokenRange sentence, IReadOnlyList<PhraseMatch<NeoplasmSite>> sites, PhraseMatch<NeoplasmSite> site, BodySide sentenceSide)
    {
        if (sentenceSide == BodySide.Unspecified)
        {
            return sentenceSide;
        }
        var left = BodySide.Unspecified;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (!_sides.TryGetValue(tokens[i].Value, out var side) || QualifiesAnotherSite(tokens, i, sites, site))
            {
                continue;
            }
            if (left != BodySide.Unspecified && left != side)
            {
                return sentenceSide;
            }
            left = side;
        }
        return left;
    }

    // A side word inside another site's match or right before it (one word between at most: "right lower lobe") is that
    // site's, and so is one right before a joint or limb ("right knee pain"), which the Table of Neoplasms may not read; one
    // right after the site itself ("KIDNEY, LEFT, ADRENAL GLAND") or right before it stays the site's own.
    private static bool QualifiesAnotherSite(IReadOnlyList<Token> tokens, int side, IReadOnlyList<PhraseMatch<NeoplasmSite>> sites, PhraseMatch<NeoplasmSite> site)
    {
        if (site.Tokens.Start <= side && side - site.Tokens.End <= 1 || side < site.Tokens.Start && site.Tokens.Start - side <= 2)
        {
            return false;
        }
        if (side + 1 < tokens.Count && Coding.HeadingSite.IsLimbSiteWord(tokens[side + 1].Value))
        {
            return true;
        }
        foreach (var other in sites)
        {
            if (other.Tokens.Start != site.Tokens.Start && side < other.Tokens.End && other.Tokens.Start - side <= 2 && !SameOrgan(other.Value, site.Value))
            {
                return true;
            }
        }
        return false;
    }

    // Two names of one organ ("Right kidney, nephrectomy: renal ca."): their primary codes share a category.
    private static bool SameOrgan(NeoplasmSite one, NeoplasmSite other) =>
        one.Entry.Primary is { Length: >= 3 } first && other.Entry.Primary is { Length: >= 3 } second && first.AsSpan(0, 3).SequenceEqual(second.AsSpan(0, 3));

    private BodySide SideOf(IReadOnlyList<Token> tokens, TokenRange range)
    {
        var found = BodySide.Unspecified;
        for (var i = range.Start; i < range.End; i++)
        {
            if (!_sides.TryGetValue(tokens[i].Value, out var side) || side == found)
            {
                continue;
            }
            if (side == BodySide.Bilateral || found == BodySide.Bilateral)
            {
                return BodySide.Bilateral;
            }
            if (found != BodySide.Unspecified)
            {
                return BodySide.Unspecified;
            }
            found = side;
        }
        return found;
    }
}
