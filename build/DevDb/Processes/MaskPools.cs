using Bogus;

namespace DevDb.Processes;

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

    static IReadOnlyDictionary<string, string[]> Build()
    {
        var faker = new Faker("en") { Random = new Randomizer(20261123) };
        string[] Make(Func<string> next) => Enumerable.Range(0, Generated * 3).Select(_ => next()).Distinct().Take(Generated).ToArray();
        return new Dictionary<string, string[]>
        {
            ["first_name"] = List("name", "first_name"),
            ["last_name"] = List("name", "last_name"),
            ["city"] = Make(() => faker.Address.City()),
            ["street_address"] = Make(() => faker.Address.StreetAddress()),
            ["postcode"] = Make(() => faker.Address.ZipCode()),
            ["phone"] = Make(() => faker.Phone.PhoneNumber()),
        };
    }

    static string[] List(string category, string path)
    {
        var array = (Bogus.Bson.BArray)Bogus.Database.Get(category, path, "en");
        return Enumerable.Range(0, array.Count).Select(i => array[i].StringValue).Distinct().ToArray();
    }
}
