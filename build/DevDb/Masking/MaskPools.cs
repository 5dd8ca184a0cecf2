using Bogus;

namespace DevDb.Masking;

/// <summary>
/// The realistic values masks choose from: Bogus's English locale data (names as listed, places and
/// phone numbers generated from a fixed seed). Bogus is pinned, so the pools, and with them every
/// masked value, are the same on every machine.
/// </summary>
public static class MaskPools
{
    const int Generated = 2000;

    static readonly Lazy<IReadOnlyDictionary<string, string[]>> All = new(Build);

    public static IReadOnlyDictionary<string, string[]> Pools => All.Value;

    /// <summary>
    /// Starts building the pools in the background when the config masks anything: they take a
    /// moment (Bogus's locale data), which the checks and the schema step can hide.
    /// </summary>
    public static void WarmUp(Configuration.DevDbConfig config)
    {
        if (config.Mask.Count > 0 && !All.IsValueCreated) _ = Task.Run(() => All.Value);
    }

    static IReadOnlyDictionary<string, string[]> Build()
    {
        var faker = new Faker("en") { Random = new Randomizer(20261123) };
        string[] Make(Func<string> next) => Enumerable.Range(0, Generated * 3).Select(_ => next()).Distinct().Take(Generated).ToArray();
        var first = List("name", "first_name");
        var last = List("name", "last_name");
        var pools = new Dictionary<string, string[]>
        {
            ["first_name"] = first,
            ["last_name"] = last,
            // email local parts, "initial.lastname" in at most 10 plain letters
            ["email_name"] = Enumerable.Range(0, Generated)
                .Select(i => EmailName(first[(int)((long)i * 7919 % first.Length)], last[i % last.Length]))
                .Where(n => n.Length > 2).Distinct().ToArray(),
            ["city"] = Make(() => faker.Address.City()),
            ["street_address"] = Make(() => faker.Address.StreetAddress()),
            ["postcode"] = Make(() => faker.Address.ZipCode()),
            ["phone"] = Make(() => faker.Phone.PhoneNumber()),
            // usernames as people write them: klehner, k_lehner, kurt.l
            ["username"] = Enumerable.Range(0, Generated)
                .Select(i => Username(first[(int)((long)i * 7919 % first.Length)], last[(int)((long)i * 104729 % last.Length)], i % 3))
                .Where(n => n.Length > 3).Distinct().ToArray(),
            // sentences of Latin filler for free text, short enough to be a name (63 bytes)
            ["lorem"] = Make(() => faker.Lorem.Sentence(3, 5)).Where(v => System.Text.Encoding.UTF8.GetByteCount(v) <= MaskPlan.MaxPoolValueBytes).ToArray(),
        };
        // Populate holds pool values as names, which PostgreSQL would silently cut to 63 bytes.
        foreach (var (kind, values) in pools)
            if (values.FirstOrDefault(v => System.Text.Encoding.UTF8.GetByteCount(v) > MaskPlan.MaxPoolValueBytes || v.Contains('\0')) is { } bad)
                throw new InvalidOperationException($"mask pool {kind}: \"{bad}\" does not fit a name ({MaskPlan.MaxPoolValueBytes} bytes)");
        return pools;
    }

    static string Username(string first, string last, int style)
    {
        static string Letters(string s) => new(s.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
        var (f, l) = (Letters(first), Letters(last));
        if (f.Length == 0 || l.Length == 0) return "";
        var name = style switch { 0 => f[0] + l, 1 => f + "_" + l[0], _ => f + "." + l };
        return name.Length > 15 ? name[..15] : name;
    }

    static string EmailName(string first, string last)
    {
        var letters = new string((char.ToLowerInvariant(first[0]) + "." + last.ToLowerInvariant()).Where(c => c is (>= 'a' and <= 'z') or '.').ToArray());
        return letters.Length > 10 ? letters[..10] : letters;
    }

    static string[] List(string category, string path)
    {
        var array = (Bogus.Bson.BArray)Bogus.Database.Get(category, path, "en");
        return Enumerable.Range(0, array.Count).Select(i => array[i].StringValue).Distinct().ToArray();
    }
}
