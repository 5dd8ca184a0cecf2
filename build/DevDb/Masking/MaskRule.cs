using System.Globalization;
using DevDb.Common;

namespace DevDb.Masking;

public enum MaskKind { Email, FirstName, LastName, FullName, Phone, StreetAddress, City, Postcode, Ip, DateShift, Hash, Null, Value, Partial, Sql }

/// <summary>How one column is masked. Parameters: <see cref="Days"/> for date_shift, <see cref="Constant"/> for value,
/// <see cref="KeepFirst"/>/<see cref="KeepLast"/> for partial, <see cref="Expression"/> for sql.</summary>
public sealed record MaskRule(MaskKind Kind, int Days = 0, string? Constant = null, int KeepFirst = 0, int KeepLast = 0, string? Expression = null)
{
    public static readonly IReadOnlyDictionary<string, MaskKind> Named = new Dictionary<string, MaskKind>
    {
        ["email"] = MaskKind.Email, ["first_name"] = MaskKind.FirstName, ["last_name"] = MaskKind.LastName,
        ["full_name"] = MaskKind.FullName, ["phone"] = MaskKind.Phone, ["street_address"] = MaskKind.StreetAddress,
        ["city"] = MaskKind.City, ["postcode"] = MaskKind.Postcode, ["ip"] = MaskKind.Ip, ["hash"] = MaskKind.Hash, ["null"] = MaskKind.Null,
    };

    /// <summary>Whether the masked value depends on the secret key (everything derived from a keyed hash).</summary>
    public bool NeedsKey => Kind is not (MaskKind.Null or MaskKind.Value or MaskKind.Partial or MaskKind.Sql);

    public override string ToString() => Kind switch
    {
        MaskKind.DateShift => $"date_shift {Days} days",
        MaskKind.Value => "value",
        MaskKind.Partial => $"partial (keep first {KeepFirst}, last {KeepLast})",
        MaskKind.Sql => "sql: " + Expression,
        _ => Named.First(n => n.Value == Kind).Key,
    };

    public static string Describe(int days) => days.ToString(CultureInfo.InvariantCulture);
}
