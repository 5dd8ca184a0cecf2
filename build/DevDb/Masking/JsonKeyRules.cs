using System.Text.Json;

namespace DevDb.Masking;

/// <summary>
/// The column-name rules that need no table, as the regular expressions <c>devdb.mask_json_kind</c>
/// reads JSON keys with (snake_case, camelCase made snake): which masker a string under <c>email</c>,
/// <c>shippingAddress1</c> or <c>api_key</c> takes. Set for the load as <c>devdb.mask_json_keys</c>.
/// </summary>
public static class JsonKeyRules
{
    /// <summary>Kinds in the order they are tried: a longer phrase of one kind (email_address) before a shorter one of another (address).</summary>
    static readonly (PersonalKind Kind, string Masker, string[] Extra)[] Order =
    [
        (PersonalKind.Email, "email", []),
        (PersonalKind.IpAddress, "ip", []),
        (PersonalKind.Secret, "hash", []),
        (PersonalKind.Username, "username", []),
        (PersonalKind.FirstName, "first_name", ["fname", "firstname"]),
        (PersonalKind.LastName, "last_name", ["lname", "lastname"]),
        (PersonalKind.FullName, "full_name", ["fullname"]),
        (PersonalKind.Phone, "phone", ["tel", "telephone"]),
        (PersonalKind.Postcode, "postcode", ["zip", "zip_?code", "postal_?code", "post_?code"]),
        (PersonalKind.BirthDate, "digits", ["dob", "birthday", "birth_?date", "date_?of_?birth"]),
        (PersonalKind.IdentityNumber, "digits", []),
        (PersonalKind.PaymentDetails, "digits", []),
        (PersonalKind.StreetAddress, "street_address", ["addr", "line_?[12]"]),
    ];

    public static readonly string Setting = Build();

    static string Build()
    {
        string Alternatives(IEnumerable<NameRule> rules) => string.Join("|", rules.Select(r => string.Join("_?", r.Phrase.Select((w, i) =>
            (w == "{role}" ? "(" + string.Join("|", NameRules.Roles.Order(StringComparer.Ordinal)) + ")" : w) + (i == r.Phrase.Length - 1 ? "(e?s)?" : "")))).Distinct());
        string Pattern(string alternatives) => $"(^|_)({alternatives})(_?[0-9]+)?$";
        var kinds = Order.Select(o => new[] { o.Masker, Pattern(string.Join("|", new[] { Alternatives(NameRules.All.Where(r => r.Kind == o.Kind && r.Needs == NameContext.None)) }.Concat(o.Extra).Where(a => a.Length > 0))) }).ToList();
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["none"] = Pattern(Alternatives(NameRules.All.Where(r => r.Kind is null))),
            ["any"] = "(" + string.Join("|", kinds.Select(k => k[1])) + ")",
            ["kinds"] = kinds,
        });
    }
}
