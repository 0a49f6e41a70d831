package org.unkg.english;

/** Hand-written French letters of the genre. */
final class FrenchLetters {
    private FrenchLetters() {}

    /** The Secretary-General proposes to extend an office's mandate, with its tasks in a) to d). */
    static final String EXTENSION = """
            S/2010/140

            Conseil de sécurité

            Distr. générale
            15 mars 2010
            Français
            Original : anglais

            Lettre datée du 12 mars 2010, adressée au Président du Conseil de sécurité
            par le Secrétaire général

            J'ai l'honneur de me référer à la lettre de votre prédécesseur (S/2007/753) concernant le
            Bureau des Nations Unies pour l'Afrique de l'Ouest. Après avoir consulté les gouvernements de la
            sous-région et la Communauté économique des États de l'Afrique de l'Ouest, je propose de proroger
            le mandat du Bureau des Nations Unies pour l'Afrique de l'Ouest pour une nouvelle période de trois
            ans, du 1er janvier 2011 au 31 décembre 2013.
            Le Bureau continuerait d'exercer le mandat suivant :
            a) Renforcer les liens entre les activités menées par l'Organisation des Nations Unies dans la
            sous-région;
            b) Assurer la liaison avec la Communauté économique des États de l'Afrique de l'Ouest et l'Union
            africaine;
            c) Exercer des fonctions de bons offices dans les pays de la sous-région;
            d) Faire rapport au Siège sur les faits nouveaux importants dans la sous-région.
            Je vous serais reconnaissant de bien vouloir porter la présente lettre à l'attention des
            membres du Conseil de sécurité.

            (Signé) Ban Ki-moon
            """;}
