namespace DevDb.Masking;

/// <summary>A kind of personal data that detection recognises; each has a masker that fits it.</summary>
public enum PersonalKind
{
    Email, FirstName, LastName, FullName, Username, Phone, StreetAddress, Postcode, BirthDate,
    IdentityNumber, PaymentDetails, IpAddress, Secret, Photo, Location, AboutPerson, Website,
}

public static class PersonalKinds
{
    /// <summary>What the kind is, as a reason says it: "an email address".</summary>
    public static string Describe(this PersonalKind kind) => kind switch
    {
        PersonalKind.Email => "an email address",
        PersonalKind.FirstName => "a first name",
        PersonalKind.LastName => "a last name",
        PersonalKind.FullName => "a person's name",
        PersonalKind.Username => "a username",
        PersonalKind.Phone => "a phone number",
        PersonalKind.StreetAddress => "a street address",
        PersonalKind.Postcode => "a postcode",
        PersonalKind.BirthDate => "a birth date",
        PersonalKind.IdentityNumber => "an identity number",
        PersonalKind.PaymentDetails => "payment details",
        PersonalKind.IpAddress => "an IP address",
        PersonalKind.Secret => "a secret (password, token or key)",
        PersonalKind.Photo => "a photo or scan of a person",
        PersonalKind.Location => "a person's location",
        PersonalKind.AboutPerson => "notes about a person",
        PersonalKind.Website => "a person's website",
        _ => kind.ToString(),
    };

    /// <summary>Whether a column of this type can hold the kind: a name pattern never flags a key, a flag, a count or a status.</summary>
    public static bool Fits(this PersonalKind kind, ColumnType type) => kind switch
    {
        PersonalKind.BirthDate => type.Kind is TypeKind.Date or TypeKind.Timestamp || type.IsText,
        // coordinates as numbers, or a trace kept as text (an encoded polyline, GeoJSON)
        PersonalKind.Location => !type.IsArray && type.Kind is TypeKind.Decimal or TypeKind.Float or TypeKind.Text or TypeKind.Json,
        PersonalKind.Photo => type.Kind == TypeKind.Bytea && !type.IsArray,
        PersonalKind.IpAddress => type.Kind is TypeKind.Network or TypeKind.Text or TypeKind.Json,
        PersonalKind.Secret => type.Kind is TypeKind.Text or TypeKind.Bytea or TypeKind.Json,
        _ => type.Kind is TypeKind.Text or TypeKind.Json,
    };
}
