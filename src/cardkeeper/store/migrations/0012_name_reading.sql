-- Issue 14: a name printed in another script (山田太郎) keeps the Latin spelling printed
-- beside it (Taro Yamada), given and family name, as how it is said and sorted.

ALTER TABLE contacts ADD COLUMN reading_given TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN reading_family TEXT NOT NULL DEFAULT '';
