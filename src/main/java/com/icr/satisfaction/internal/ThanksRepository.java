package com.icr.satisfaction.internal;

import com.icr.tenant.TenantId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ThanksRepository extends JpaRepository<Thanks, String> {

    List<Thanks> findByTenantIdAndCheckIdOrderByCreatedAt(TenantId tenantId, String checkId);

    boolean existsByTenantIdAndCheckIdAndFrom(TenantId tenantId, String checkId, String from);

    List<Thanks> findByTenantIdAndToDepartmentIdOrderByCreatedAtDesc(TenantId tenantId, String toDepartmentId,
            Pageable page);

    long countByTenantIdAndToDepartmentId(TenantId tenantId, String toDepartmentId);

    long countByTenantIdAndFromAndCreatedAtAfter(TenantId tenantId, String from, java.time.Instant after);

    Optional<Thanks> findFirstByTenantIdAndFromAndCreatedAtAfterOrderByCreatedAt(TenantId tenantId, String from,
            java.time.Instant after);

    @Query("select t from Thanks t where t.tenantId = :tenantId and t.createdAt >= :from and t.createdAt < :until"
            + " and (t.toDepartmentId in :departments or t.fromDepartmentId in :departments) order by t.createdAt desc")
    List<Thanks> involving(TenantId tenantId, Collection<String> departments, java.time.Instant from,
            java.time.Instant until);

    /**
     * Thanks naming the account among the people thanked (the ids are stored
     * comma-separated).
     */
    @Query("select t from Thanks t where t.tenantId = :tenantId and t.createdAt >= :since"
            + " and concat(concat(',', t.to), ',') like concat(concat('%,', :accountId), ',%') order by t.createdAt desc")
    List<Thanks> receivedBy(TenantId tenantId, String accountId, java.time.Instant since, Pageable page);

    @Modifying
    @Query("delete from Thanks t where t.tenantId = :tenantId")
    void deleteOf(TenantId tenantId);

}
