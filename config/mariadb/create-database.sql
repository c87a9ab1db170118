-- Run once as a MariaDB administrator (mariadb -u root -p < create-database.sql) before the first start.
-- Flyway creates and migrates the tables itself when the service starts.
CREATE DATABASE IF NOT EXISTS groupage CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS 'groupage'@'%' IDENTIFIED BY 'change-me-to-a-long-random-secret';
GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, ALTER, INDEX, DROP, REFERENCES, LOCK TABLES
    ON groupage.* TO 'groupage'@'%';
FLUSH PRIVILEGES;
