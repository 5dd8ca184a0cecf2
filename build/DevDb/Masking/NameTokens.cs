using System.Text;

namespace DevDb.Masking;

/// <summary>
/// Splits an identifier into lowercase words, as a reader would: <c>ship_address1</c>, <c>shipAddress1</c>
/// and <c>ShipAddress1</c> are all "ship address 1"; glued words a schema writes as one (<c>firstname</c>,
/// <c>zipcode</c>) are split when both halves are words detection knows; common abbreviations
/// (<c>fname</c>, <c>ph_no</c>, <c>addr</c>) are spelled out; plurals become singular.
/// </summary>
public static class NameTokens
{
    /// <summary>The words of an identifier, lowercase and singular.</summary>
    public static IReadOnlyList<string> Of(string identifier, IReadOnlySet<string>? vocabulary = null)
    {
        var words = new List<string>();
        foreach (var raw in SplitCase(identifier)) words.AddRange(Expand(raw.ToLowerInvariant(), vocabulary, glued: true));
        return MergeSplitWords(words);
    }

    /// <summary>One word spelled out (an abbreviation), made singular, or split into the known words glued in it.</summary>
    static IEnumerable<string> Expand(string word, IReadOnlySet<string>? vocabulary, bool glued)
    {
        if (Abbreviations.TryGetValue(word, out var spelled)) return spelled;
        var singular = Singular(word);
        if (Abbreviations.TryGetValue(singular, out spelled)) return spelled;
        if (glued && vocabulary is not null && !vocabulary.Contains(singular) && Glued(singular, vocabulary) is { } parts)
            return parts.SelectMany(p => Expand(p, vocabulary, glued: false));
        return [singular];
    }

    /// <summary>Words abbreviations expand to and that glued words may be made of, beside a rule set's own.</summary>
    public static IEnumerable<string> Abbreviated => Abbreviations.Keys;

    /// <summary>Breaks at underscores, hyphens, spaces and dots, at lower-to-upper case changes (an acronym ends before its last capital when a lowercase letter follows: IPAddress is IP Address), and between letters and digits.</summary>
    static IEnumerable<string> SplitCase(string identifier)
    {
        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (current.Length > 0) { yield return current.ToString(); current.Clear(); }
                continue;
            }
            if (current.Length > 0)
            {
                var previous = identifier[i - 1];
                var boundary =
                    (char.IsUpper(c) && char.IsLower(previous))
                    || (char.IsUpper(c) && char.IsUpper(previous) && i + 1 < identifier.Length && char.IsLower(identifier[i + 1]))
                    || (char.IsDigit(c) != char.IsDigit(previous));
                if (boundary) { yield return current.ToString(); current.Clear(); }
            }
            current.Append(c);
        }
        if (current.Length > 0) yield return current.ToString();
    }

    /// <summary>Words a split by digits or case tore apart: ipv 4 is ipv4, e mail is email.</summary>
    static List<string> MergeSplitWords(List<string> words)
    {
        var merged = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (words[i] == "ipv" && next is "4" or "6") { merged.Add("ip"); i++; continue; }
            if (words[i] == "e" && next is "mail") { merged.Add("email"); i++; continue; }
            if (words[i] == "e" && next is "164") { i++; continue; }   // phone_e164: a format, not a word
            if (words[i] is "post" or "postal" or "postcode" && next is "code") { merged.Add("postcode"); i++; continue; }
            merged.Add(words[i]);
        }
        return merged;
    }

    /// <summary>Two known words glued together (firstname, zipcode, emailaddress), or null.</summary>
    static string[]? Glued(string word, IReadOnlySet<string> vocabulary)
    {
        if (word.Length < 5) return null;
        for (var cut = word.Length - 2; cut >= 2; cut--)
        {
            var (head, tail) = (word[..cut], word[cut..]);
            if (vocabulary.Contains(head) && vocabulary.Contains(tail)) return [head, tail];
        }
        // three words: dateofbirth
        for (var first = 2; first < word.Length - 3; first++)
            for (var second = first + 2; second < word.Length - 1; second++)
                if (vocabulary.Contains(word[..first]) && vocabulary.Contains(word[first..second]) && vocabulary.Contains(word[second..]))
                    return [word[..first], word[first..second], word[second..]];
        return null;
    }

    static readonly Dictionary<string, string[]> Abbreviations = new()
    {
        ["fname"] = ["first", "name"], ["lname"] = ["last", "name"], ["mname"] = ["middle", "name"],
        ["firstname"] = ["first", "name"], ["lastname"] = ["last", "name"], ["surname"] = ["surname"],
        ["ph"] = ["phone"], ["tel"] = ["phone"], ["telephone"] = ["phone"], ["telno"] = ["phone", "number"],
        ["no"] = ["number"], ["nr"] = ["number"], ["num"] = ["number"], ["nbr"] = ["number"], ["nro"] = ["number"],
        ["addr"] = ["address"], ["adr"] = ["address"],
        ["pwd"] = ["password"], ["passwd"] = ["password"], ["pw"] = ["password"],
        ["usr"] = ["user"], ["acct"] = ["account"], ["acc"] = ["account"], ["cd"] = ["code"], ["tok"] = ["token"], ["reg"] = ["registration"],
        ["prac"] = ["practice"], ["pref"] = ["preferred"], ["disp"] = ["display"], ["txt"] = ["text"], ["msg"] = ["message"], ["desc"] = ["description"], ["dr"] = ["doctor"], ["cust"] = ["customer"], ["emp"] = ["employee"], ["pat"] = ["patient"],
        ["img"] = ["image"], ["pic"] = ["picture"], ["nok"] = ["next", "of", "kin"],
        ["lat"] = ["latitude"], ["lng"] = ["longitude"], ["lon"] = ["longitude"],
        ["dob"] = ["birth", "date"], ["birthdate"] = ["birth", "date"], ["birthday"] = ["birth", "date"],
        ["dateofbirth"] = ["birth", "date"], ["bday"] = ["birth", "date"],
        ["postcode"] = ["postcode"], ["zipcode"] = ["postcode"], ["zip"] = ["postcode"], ["plz"] = ["postcode"],
        ["ipaddress"] = ["ip", "address"], ["ipaddr"] = ["ip", "address"],
        ["emailaddress"] = ["email", "address"],
        ["username"] = ["user", "name"], ["uname"] = ["user", "name"], ["nickname"] = ["nick", "name"],
    };

    static readonly Dictionary<string, string> Irregular = new()
    {
        ["people"] = "person", ["diagnoses"] = "diagnosis", ["addresses"] = "address", ["analyses"] = "analysis",
        ["children"] = "child", ["statuses"] = "status", ["aliases"] = "alias", ["indices"] = "index", ["indexes"] = "index",
        ["data"] = "data", ["media"] = "media", ["criteria"] = "criterion", ["responses"] = "response", ["classes"] = "class",
        ["boxes"] = "box", ["taxes"] = "tax", ["matches"] = "match", ["batches"] = "batch", ["switches"] = "switch",
        ["dependencies"] = "dependency", ["histories"] = "history", ["passes"] = "pass", ["processes"] = "process",
        ["accesses"] = "access", ["businesses"] = "business", ["premises"] = "premise", ["series"] = "series",
        ["ips"] = "ip", ["ids"] = "id", ["caches"] = "cache", ["uids"] = "uid", ["pins"] = "pin",
    };

    static readonly HashSet<string> NotPlural = ["ss", "us", "is", "as", "sms", "gps", "dns", "cms", "aws", "ios", "macos", "https", "sas", "ups", "ems", "pos", "css", "rss", "ses", "news", "plus", "bus", "nhs", "sos", "lens", "yes", "kudos", "thanks"];

    /// <summary>A word in the singular: emails, addresses, allergies, people.</summary>
    public static string Singular(string word)
    {
        if (Irregular.TryGetValue(word, out var singular)) return singular;
        if (word.Length <= 3 || !word.EndsWith('s') || NotPlural.Contains(word) || NotPlural.Any(e => e.Length == 2 && word.EndsWith(e, StringComparison.Ordinal))) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)) return word[..^2];
        return word[..^1];
    }
}
