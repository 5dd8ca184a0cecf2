namespace DevDb.Masking;

/// <summary>
/// Bogus's own locale data, as detection reads it: every locale's first and last names, and the words
/// street addresses are made of (suffixes such as Street and Avenue, prefixes such as Rue and Calle,
/// the endings Dutch and German glue to a street's name). Loading takes a fifth of a second, so it
/// starts in the background before the first column needs it.
/// </summary>
public static class NameLists
{
    static readonly Lazy<Lists> Loaded = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    sealed record Lists(HashSet<string> First, HashSet<string> Last, HashSet<string> StreetWords);

    public static IReadOnlySet<string> FirstNames => Loaded.Value.First;
    public static IReadOnlySet<string> LastNames => Loaded.Value.Last;
    public static IReadOnlySet<string> StreetWords => Loaded.Value.StreetWords;

    public static void WarmUp()
    {
        if (!Loaded.IsValueCreated) _ = Task.Run(() => Loaded.Value);
    }

    /// <summary>Street names glued to their suffix: Keizersgracht, Hauptstraße, Ackerweg.</summary>
    public static readonly string[] GluedStreetEndings = ["straat", "laan", "gracht", "weg", "dijk", "kade", "plein", "steeg", "singel", "straße", "strasse", "str.", "gasse", "platz", "allee", "ring", "damm", "ufer", "vej", "gatan", "gata", "vägen", "veien", "katu", "tie", "utca", "ulica"];

    /// <summary>The words of a second address line: Apt. 4, Suite 200, Flat 3.</summary>
    public static readonly HashSet<string> SecondaryWords = new(StringComparer.OrdinalIgnoreCase) { "apt", "apartment", "suite", "ste", "unit", "flat", "floor", "fl", "building", "bldg", "po", "box", "p.o.", "piso", "étage", "etage", "bus", "wohnung", "app", "appt" };

    static Lists Load()
    {
        var first = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var last = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var street = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var locale in Bogus.Database.GetAllLocales())
        {
            foreach (var path in new[] { "first_name", "male_first_name", "female_first_name" }) AddWords(first, "name", path, locale);
            foreach (var path in new[] { "last_name", "male_last_name", "female_last_name" }) AddWords(last, "name", path, locale);
            foreach (var path in new[] { "street_suffix", "street_prefix" }) AddWords(street, "address", path, locale);
        }
        // suffixes are also written short, with or without a full stop
        foreach (var abbreviation in new[] { "st", "ave", "av", "rd", "dr", "ln", "blvd", "ct", "pl", "sq", "hwy", "pkwy", "cres", "tce", "terr", "cir", "way", "str", "bd", "bvd", "ch", "gr", "mews", "close", "row" })
            street.Add(abbreviation);
        // Bogus's suffix lists include short words that are not streets alone in other text
        foreach (var ambiguous in new[] { "de", "la", "du", "des", "le", "van", "von", "the", "of", "rue du" }) street.Remove(ambiguous);
        return new Lists(first, last, street);
    }

    /// <summary>A locale's list, split into words (a suffix list holds "Gran Subida" and "de l'Abbaye").</summary>
    static void AddWords(HashSet<string> set, string category, string path, string locale)
    {
        // no fallback: a locale without the list adds nothing
        if (!Bogus.Database.HasKey(category, path, locale, locale) || Bogus.Database.Get(category, path, locale, locale) is not Bogus.Bson.BArray array) return;
        for (var i = 0; i < array.Count; i++)
        {
            var text = array[i].StringValue;
            if (string.IsNullOrWhiteSpace(text) || text.Contains('#') || text.Contains('{')) continue;
            if (category == "name") set.Add(text.Trim());
            else foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries)) if (word.Length >= 2) set.Add(word.Trim('.', ','));
        }
    }
}
